class Empty:
    pass

print(abs(-3))
-Empty()
