def make():
    prefix = "p"

    class A:
        def name(self):
            return prefix + super().__repr__()

    class B(A):
        prefix = "class attr"

        def name(self):
            return prefix + __class__.__name__

    return A, B
