class Base:
    pass

try:
    class Child(Base, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
