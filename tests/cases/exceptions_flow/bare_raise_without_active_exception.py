def f():
    raise

try:
    f()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
