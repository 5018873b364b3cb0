try:
    class MyBool(bool): pass
except TypeError as e:
    print("TypeError:", e)

class MyInt(int): pass
print(MyInt(3) + 1, isinstance(MyInt(3), int))
