# iter(callable, sentinel) calls until the sentinel comes back, then stays exhausted.
stack = [0, 3, 2, 1]
it = iter(stack.pop, 3)
print(list(it), next(it, "done"))
print(type(iter(int, 0)).__name__)
try:
    iter(5, 0)
except TypeError as e:
    print(e)
