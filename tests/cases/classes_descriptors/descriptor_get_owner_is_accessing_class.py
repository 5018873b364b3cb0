class Desc:
    def __get__(self, obj, owner):
        return (None if obj is None else type(obj).__name__, owner.__name__)
class A:
    d = Desc()
class B(A): pass
print(A.d, B.d, A().d, B().d)
