# int and float have __floor__/__ceil__/__trunc__ (int results) and __divmod__/__rdivmod__
# (NotImplemented for an operand they do not take); math.floor and divmod use them on subclasses.
import math
print((3).__floor__(), (-3).__ceil__(), True.__trunc__(), type(True.__floor__()).__name__)
print((3.7).__floor__(), (-3.7).__ceil__(), (-3.7).__trunc__(), (2.0).__floor__(), type((1e300).__trunc__()).__name__)
for expr in ['float("inf").__floor__()', 'float("nan").__ceil__()', '(7).__divmod__(2)', '(7).__rdivmod__(20)', '(7).__divmod__(2.0)',
             '(7.0).__divmod__(2)', '(7.5).__rdivmod__(20)', '(7).__rdivmod__("a")', '(7).__divmod__(0)', '(1j).__add__(1)']:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(divmod(MyInt(7), 2.0), divmod(7.5, MyInt(2)), divmod(MyFloat(7.5), 2), math.floor(MyFloat(2.5)), math.ceil(MyInt(3)), math.trunc(MyFloat(-1.5)))
print(type(math.floor(MyInt(3))).__name__, type(MyInt(3).__floor__()).__name__)
