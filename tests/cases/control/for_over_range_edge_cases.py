# for over a range: empty, negative steps, huge bounds, break/else, rebinding the loop
# variable, and what the variable holds after the loop.
for i in range(0):
    print("never")
else:
    print("empty range runs the else")

for i in range(10, 0, -3):
    print(i, end=" ")
print()

for i in range(2**62, 2**62 + 3):
    print(i - 2**62, end=" ")
print()

for i in range(-2**63, -2**63 + 2):
    print(i, end=" ")
print()

r = range(3)
for i in r:
    i = i * 100
    print(i, end=" ")
print("after:", i)

for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)

for i in range(3):
    continue
else:
    print("else after continue, i =", i)


def gen(n):
    for k in range(n):
        yield k * k


print(list(gen(5)))

total = 0
for a in range(3):
    for b in range(a, 3):
        total += a * b
print(total)

xs = []
for xs_i in range(1, 10, 4):
    xs.append(xs_i)
print(xs, xs_i)


def f():
    for j in range(4):
        if j == 3:
            return j
    return -1


print(f())
