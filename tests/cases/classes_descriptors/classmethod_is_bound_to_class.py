class A:
    @classmethod
    def make(cls):
        return cls

m = A.make
print(m.__self__ is A, type(m).__name__)
print(A().make.__self__ is A)
print(type(A.__dict__["make"]).__name__)
print(A.__dict__["make"].__func__ is m.__func__)
