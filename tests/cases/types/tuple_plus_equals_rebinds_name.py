t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
r = s
s += "c"
print(s, r)
def grow(x):
    x += (99,)
    return x
orig = (0,)
print(grow(orig), orig)
lst = [0]
def grow_list(x):
    x += [99]
    return x
print(grow_list(lst), lst)
