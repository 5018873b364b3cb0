print(type(zip()).__name__, type(enumerate([])).__name__, type(map(str, [])).__name__)
print(type(filter(None, [])).__name__, type(reversed([])).__name__, type(iter([])).__name__)
print(type(range(1)).__name__, type(iter(range(1))).__name__, type(iter("")).__name__)
print(type({}.keys()).__name__, type({}.items()).__name__)
