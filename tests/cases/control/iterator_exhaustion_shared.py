it = iter([1, 2, 3, 4])
for x in it:
    print("first loop", x)
    if x == 2:
        break
for x in it:
    print("second loop", x)
print(list(it))
z = zip([1, 2, 3], [4, 5, 6])
print(list(z), list(z))
