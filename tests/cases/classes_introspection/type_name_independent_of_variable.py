Alias = type("RealName", (), {})
print(Alias.__name__)
print(Alias)
print(repr(Alias()).startswith("<__main__.RealName object"))
