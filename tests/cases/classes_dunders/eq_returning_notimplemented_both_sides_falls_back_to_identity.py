class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented

class B:
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented

a, b = A(), B()
print(a == b)
print(a != b)
print(a == a)
