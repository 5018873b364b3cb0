name = "Zoë"
items = ["a", 1]
print(f"{name}")
print(f"{name!r}")
print(f"{name!a}")
print(f"{items}")
print(f"{items!s}")
print(f"{'quoted'!r:>10}|")
x = 3
print(f"{x=}")
print(f"{x * 2 = }")
print(f"{name=!s}")
