class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

m = MathUtil()
print(MathUtil.add(2, 3), m.add(4, 5))
print(type(MathUtil.__dict__["add"]).__name__, type(MathUtil.add).__name__)
print(MathUtil.add is m.add)
