t = (1, [2, 3])
print(type(t).__name__, len(t))
try:
    hash(t)
except TypeError as e:
    print("hash:", e)
try:
    s = {t}
except TypeError as e:
    print("set:", e)
ok = (1, (2, 3))
print({ok: "fine"})
