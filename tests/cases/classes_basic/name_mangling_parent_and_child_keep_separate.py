class Parent:
    def __init__(self):
        self.__secret = "parent"
        self._shared = "parent"

    def reveal(self):
        return self.__secret, self._shared

    def __helper(self):
        return "Parent.__helper"

    def call_helper(self):
        return self.__helper()

class Child(Parent):
    def __init__(self):
        super().__init__()
        self.__secret = "child"
        self._shared = "child"

    def __helper(self):
        return "Child.__helper"

c = Child()
print(c.reveal())
print(sorted(vars(c).items()))
print(c.call_helper())
print(c._Child__helper(), hasattr(c, "__helper"))
