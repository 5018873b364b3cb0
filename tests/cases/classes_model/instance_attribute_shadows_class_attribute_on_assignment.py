class Counter:
    count = 0

a = Counter()
b = Counter()
a.count = 5
print(a.count, b.count, Counter.count)
Counter.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
