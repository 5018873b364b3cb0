class C:
    def m(self):
        return __class__
    @classmethod
    def cm(cls):
        return __class__, cls
class D(C): pass
print(C().m(), D().m(), D.cm())
