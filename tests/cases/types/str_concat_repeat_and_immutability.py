s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, s * -1)
t = s
s += "c"
print(s, t)
try:
    s[0] = "X"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
