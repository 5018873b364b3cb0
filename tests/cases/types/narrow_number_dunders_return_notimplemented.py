# int's own arithmetic and comparison methods answer NotImplemented for a float or complex,
# float's for a complex; the wider type's reflected method does the work (also for subclasses).
print(int.__add__(1, 2.0), (2).__rsub__(10), (2).__rsub__(10.0), (1).__mul__(True), (True).__add__(1))
print((1).__eq__(1.0), (1).__eq__(1), (1).__lt__(2.5), (1).__ne__(1j), (1.0).__eq__(1), (1.0).__lt__(2))
print((1.0).__add__(2), (1.0).__add__(1j), (1j).__add__(1.0), (1j).__eq__(1), (2.0).__rtruediv__(1), (2).__truediv__(4))
print((1.5).__radd__(1), (3).__pow__(2.0), (3.0).__pow__(2), (7).__floordiv__(2.0), (7).__mod__(2), (1).__and__(1.0))
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(MyInt(3) + 1.5, 1.5 + MyInt(3), MyInt(3) * 2j, MyFloat(1.5) + 1, 1 + MyFloat(1.5), MyInt(2) == 2.0, 2.0 == MyInt(2))
print(MyInt(3) < 3.5, 3.5 > MyInt(3), MyFloat(2.0) == 2, MyInt(5) - 0.5, MyInt(5) // 2.0, divmod(MyInt(7), 2.0))
print(sorted([MyInt(3), 2.5, MyFloat(1.0), 4]))
