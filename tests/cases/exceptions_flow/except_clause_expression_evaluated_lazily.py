def pick(name):
    print("evaluating", name)
    return {"V": ValueError, "K": KeyError}[name]

try:
    raise KeyError("x")
except pick("V"):
    print("V")
except pick("K"):
    print("K")
except pick("V"):
    print("not evaluated")
