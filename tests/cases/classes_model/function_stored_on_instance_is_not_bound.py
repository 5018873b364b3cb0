class A:
    pass

def greet(who):
    return f"hi {who}"

a = A()
a.greet = greet
print(a.greet("there"))
A.greet2 = greet
try:
    print(a.greet2("there"))
except TypeError as e:
    print("TypeError:", e)
print(a.greet2().startswith("hi <__main__.A object at 0x"))
