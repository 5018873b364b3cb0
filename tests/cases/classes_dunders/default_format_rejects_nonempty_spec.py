class Plain:
    def __str__(self):
        return "plain"

p = Plain()
print(f"{p}", format(p, ""))
try:
    f"{p:>10}"
except TypeError as e:
    print("TypeError:", e)
