parts = ["a", "b", "c"]
print(", ".join(parts))
print("".join(reversed(parts)))
print("-".join("xyz"))
print(" ".join(str(n) for n in range(3)))
print("|".join({"k1": 1, "k2": 2}))
nums = [1, 2, 3]
print(", ".join(map(str, nums)))
print(", ".join(nums))
