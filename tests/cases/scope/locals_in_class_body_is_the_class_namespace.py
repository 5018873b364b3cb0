# In a class body locals() is the namespace being built (with __module__ and
# __qualname__); a method using super() has __class__ among its locals.
class A:
    v = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    qn = locals()["__qualname__"]
    locals()["added"] = "via locals"

    def m(self):
        super()
        return list(locals())

print(A().m(), A.names, A.qn, A.added)
print(locals() is globals(), vars() is globals())
