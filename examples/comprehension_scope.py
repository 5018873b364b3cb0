# A comprehension runs in its own scope: its loop variable never leaks out.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)

for y in range(3):
    pass
print("a for loop does leak:", y)
