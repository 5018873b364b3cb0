class Greeter:
    def greet(self, name):
        return f"hello {name}"

print(Greeter.greet(Greeter(), "ann"))
Greeter.greet("ann")
