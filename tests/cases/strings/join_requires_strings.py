print(", ".join(["a", "b", "c"]))
print("".join(reversed("stressed")))
print("-".join("abc"))
print("|".join([]))
try:
    print(", ".join([1, 2, 3]))
except TypeError as e:
    print(e)
print(", ".join(str(n) for n in [1, 2, 3]))
print(" ".join({"k": 1, "j": 2}))
