s = "python"
print(s[0], s[-1], s[-6])
nums = [10, 20, 30, 40]
print(nums[-2])
print((1, 2, 3)[-3])
print(range(5)[-1])
print(b"xyz"[-1])
try:
    nums[-5]
except IndexError as e:
    print("IndexError:", e)
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
