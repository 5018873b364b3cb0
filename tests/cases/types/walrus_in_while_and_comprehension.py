data = [3, 1, 4, 1, 5]
i = 0
while (n := data[i]) != 4:
    i += 1
print(i, n)
squares = [y for x in range(5) if (y := x * x) > 3]
print(squares, y)
if (count := len(data)) > 3:
    print("long", count)
