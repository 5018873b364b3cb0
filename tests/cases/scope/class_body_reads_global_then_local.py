x = "global x"

class K:
    print("first read:", x)
    x = "class x"
    print("second read:", x)

print(K.x, x)
