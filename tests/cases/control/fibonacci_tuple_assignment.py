a, b = 0, 1
seq = []
while a < 100:
    seq.append(a)
    a, b = b, a + b
print(seq)
a, b = 0, 1
for _ in range(5):
    a = b
    b = a + b
print(a, b)
