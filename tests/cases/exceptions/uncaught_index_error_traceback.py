def last_two(items):
    return items[-1], items[-2]

print(last_two([1, 2, 3]))
print(last_two([7]))
