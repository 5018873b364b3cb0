factor = 2
data = [1, 2, 3]
gen = (x * factor for x in data)
lst = [x * factor for x in data]
factor = 10
data = [100]
print(list(gen))
print(lst)
print(list(gen))

def counter():
    print("start")
    for i in range(3):
        print("yield", i)
        yield i
    print("end")

g = counter()
print("created")
print(next(g))
print(sum(g))
