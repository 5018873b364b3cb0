squares = {n: n * n for n in range(5)}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
d = {k: v for k, v in zip("abc", [1, 2, 3]) if v != 2}
print(d)
print({x % 3: x for x in range(10)})
print(dict.fromkeys(["a", "b"], 0))
