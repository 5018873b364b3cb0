class A:
    def __eq__(self, other):
        raise ValueError("no comparing")
[A()].index(A())
