class Greeter:
    greeting = "hello"

    def greet(self):
        try:
            return greeting
        except NameError as e:
            return f"NameError: {e}"

    def greet_properly(self):
        return self.greeting + " / " + Greeter.greeting

g = Greeter()
print(g.greet())
print(g.greet_properly())
