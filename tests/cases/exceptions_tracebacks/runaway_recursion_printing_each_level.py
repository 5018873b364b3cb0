# A recursion without a base case that prints at each level: the last number printed
# and the traceback's repeat count are where CPython stops.
def countdown(n):
    print(n, end=" " if n % 50 else "\n")
    countdown(n - 1)

countdown(1000)
