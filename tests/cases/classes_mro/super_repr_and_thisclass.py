class A:
    pass

class B(A):
    def show(self):
        s = super()
        return s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__

print(B().show())
print(repr(super(B, B())).startswith("<super: <class 'B'>, <B object>>"))
