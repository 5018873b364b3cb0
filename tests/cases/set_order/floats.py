# Integral floats hash like ints; others by their bits.
s = set()
for x in [0.5, 1.0, 2.25, -0.5, 3.0, 1e100, -7.75]:
    s.add(x)
print(s)
print({1.5, 2})
