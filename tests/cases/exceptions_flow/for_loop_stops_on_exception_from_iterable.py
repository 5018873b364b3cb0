def gen():
    yield 1
    yield 2
    raise RuntimeError("stop here")

try:
    for v in gen():
        print(v)
except RuntimeError as e:
    print("loop interrupted:", e)
