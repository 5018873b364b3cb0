class A:
    def greet(self):
        return f"A.greet on {type(self).__name__}"

class B(A):
    def greet(self):
        return "B.greet"

b = B()
print(b.greet())
print(super(B, b).greet())
s = super(B, b)
print(type(s).__name__)
