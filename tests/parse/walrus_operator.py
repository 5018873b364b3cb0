if (n := len(a)) > 10:
    pass
while chunk := read():
    process(chunk)
[y for x in data if (y := f(x))]
print(x := 1)
(y := 2)
f(a, b := 3)
z = (w := 4)
x[(i := 0)]
