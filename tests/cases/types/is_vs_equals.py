a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c)
print(None is None)
x = None
print(x is None, x == None)
print(a[:] is a, a[:] == a)
one = 1
print(one == True, one is not True)
s = "hello"
t = s
print(s is t)
c.append(4)
print(a, b)
