# One method call site, called in a loop while classes and instances change: each change
# must be seen at once.
class Base:
    def greet(self):
        return "base"


class Child(Base):
    pass


def call(obj):
    return obj.greet()


c = Child()
print([call(c) for _ in range(3)])

Child.greet = lambda self: "child lambda"
print(call(c))
del Child.greet
print(call(c))

Base.greet = lambda self: "patched base"
print(call(c))

# An instance attribute shadows the class's method.
c.greet = lambda: "instance attribute"
print(call(c))
del c.greet
print(call(c))


# Receivers of different classes through one site.
class Other:
    def greet(self):
        return "other"


for obj in [c, Other(), c, Other(), Base()]:
    print(call(obj), end=" ")
print()

# Built-in receivers through one site.
def pop_last(seq):
    return seq.pop()


print(pop_last([1, 2, 3]), pop_last([4]), pop_last({1, 2}), pop_last([["nested"]]))


class MyList(list):
    def pop(self):
        return "overridden pop"


print(pop_last(MyList([1])), pop_last([5]))

# A method replaced by a non-function attribute on the class.
Base.greet = staticmethod(lambda: "static now")
print(call(c))
Base.greet = "not callable"
try:
    call(c)
except TypeError as e:
    print("TypeError:", e)
