xs = [1, 2, 3]
print(xs[5:])
print(xs[1:100])
print(xs[-100:1])
print("abc"[10:20] == "")
print(xs[3:], xs[3:3])
print((1, 2)[2:])
