class Plain:
    pass

print(type(Plain()).__name__)
Plain(1, 2)
