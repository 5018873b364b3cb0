# An explicit separator keeps empty fields; rsplit counts its maxsplit from the right.
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("".split(","))
print("a::b::c".split("::"))
print("x".split("x"))
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
