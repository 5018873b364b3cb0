class Table:
    size = 3
    rows = [r for r in range(size)]
    try:
        squares = [size * r for r in range(3)]
    except NameError as e:
        error = str(e)

print(Table.rows)
print(Table.error)
print(hasattr(Table, "squares"))
