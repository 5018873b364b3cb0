class A:
    def __init__(self):
        print("A init")
        raise ValueError("bad init")
try:
    a = A()
except ValueError as e:
    print("caught", e)
print("a" in globals())
