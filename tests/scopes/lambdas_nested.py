compose = lambda f: lambda g: lambda x: f(g(x))
inc = lambda n: n + 1
print(compose(inc)(inc)(0))
