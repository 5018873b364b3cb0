class Counter:
    def increment():
        return 1

c = Counter()
try:
    c.increment()
except TypeError as e:
    print(e)
