def outer():
    v = "enclosing"
    class C:
        nonlocal v
        v = "changed by class"
    return v
print(outer())
