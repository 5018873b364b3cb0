def fib(n, memo={}):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

print(fib(50))
print(len(fib.__defaults__[0]))
print(fib(10), len(fib.__defaults__[0]))
