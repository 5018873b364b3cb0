# An array has no __dict__; its type's names; dir() of the type.
import array
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = array.array("i", [1])
t(lambda: a.__dict__)
t(lambda: vars(a))
t(lambda: array.array.__name__)
t(lambda: array.array.__module__)
t(lambda: array.array.__qualname__)
t(lambda: [n for n in dir(array.array) if not n.startswith("_")])
t(lambda: a.__len__())
t(lambda: a.__getitem__(0))
t(lambda: a.__contains__(1))
t(lambda: a.__eq__([1]))
t(lambda: a.__add__(array.array("i", [2])))
t(lambda: array.array.append(a, 5))
t(lambda: array.array.append([], 5))
print(a)
