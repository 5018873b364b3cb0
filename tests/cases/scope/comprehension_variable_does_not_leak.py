x = "before"
squares = [x * x for x in range(4)]
print(x)
print(squares)
total = sum(n for n in range(5))
try:
    print(n)
except NameError as e:
    print("NameError:", e)
for x in range(2):
    pass
print(x)
