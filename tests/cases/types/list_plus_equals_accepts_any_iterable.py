a = [1, 2]
b = a
a += (3, 4)
print(a, b, a is b)
a += "xy"
print(b)
a += {5: "five"}
print(b)
try:
    a = a + (6,)
except TypeError as e:
    print("TypeError:", e)
a = a + [6]
print(a is b, len(a), len(b))
