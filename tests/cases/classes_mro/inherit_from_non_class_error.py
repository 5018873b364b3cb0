# A base that is not a class makes its type the "metaclass": the class statement calls it.
try:
    class A(5): pass
except TypeError as e:
    print("TypeError:", e)

class Parent:
    pass

parent = Parent()
try:
    class Child(parent):
        print("the body still runs first")
except TypeError as e:
    print("TypeError:", e)

try:
    class Mixed(Parent, 5): pass
except TypeError as e:
    print("TypeError:", e)
