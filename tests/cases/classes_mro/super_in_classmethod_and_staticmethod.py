class A:
    @classmethod
    def name(cls):
        return "A:" + cls.__name__

class B(A):
    @classmethod
    def name(cls):
        return "B>" + super().name()

    @staticmethod
    def broken():
        return super().name()

print(B.name())
try:
    B.broken()
except RuntimeError as e:
    print("RuntimeError:", e)
