class A:
    def method(self, x):
        return x

try:
    A.method(1)
except TypeError as e:
    print(e)
try:
    A().method(1, 2)
except TypeError as e:
    print(e)
try:
    A(1)
except TypeError as e:
    print(e)
