class A:
    pass

def echo(arg="nothing"):
    return arg

a = A()
a.echo = echo
print(a.echo("there"))
print(a.echo())
A.echo2 = echo
try:
    print(a.echo2("there"))
except TypeError as e:
    print("TypeError:", e)
print(a.echo2() is a)
