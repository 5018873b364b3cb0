x = 100

def f(x):
    x += 1
    return x

print(f(1), x)

def g(lst):
    lst.append(1)
    lst = [99]
    return lst

data = []
print(g(data), data)
