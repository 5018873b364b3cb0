def outer():
    v = "enclosing"
    class C:
        a = v
        def m(self):
            return v
        v = "class-level"
        b = v
    return C
C = outer()
print(C.a, C.b, C().m())
