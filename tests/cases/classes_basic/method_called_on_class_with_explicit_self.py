class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="Hi"):
        return f"{greeting}, {self.name}"

g = Greeter("Ann")
print(g.greet())
print(Greeter.greet(g, "Hello"))
bound = g.greet
print(bound("Hey"))
try:
    Greeter.greet()
except TypeError as e:
    print(e)
