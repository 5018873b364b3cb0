values = [1, 2, 3]
squares = [(last := v * v) for v in values]
print(last, squares)
