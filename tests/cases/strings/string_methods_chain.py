raw = "  Alice, BOB ,carol  "
names = [n.strip().capitalize() for n in raw.split(",")]
print(names)
print(" & ".join(names).upper().replace("&", "+"))
print("-".join(sorted(names, key=len)))
