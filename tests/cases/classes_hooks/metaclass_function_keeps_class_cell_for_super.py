# A metaclass= function that builds the class with type(name, bases, ns): the namespace
# carries __classcell__, so zero-argument super() and __class__ work in the methods.
def tagging(name, bases, ns):
    print("building", name, sorted(k for k in ns if not k.startswith("__")))
    print("has __classcell__:", "__classcell__" in ns)
    ns["tag"] = name.lower()
    return type(name, bases, ns)


class Base:
    def hello(self):
        return "Base.hello"


class Child(Base, metaclass=tagging):
    def hello(self):
        return "Child>" + super().hello()

    def me(self):
        return __class__


class Plain(metaclass=tagging):
    x = 1


c = Child()
print(c.hello(), c.me() is Child, Child.tag, Plain.tag, type(Child))
print("__classcell__" in vars(Child), "__classcell__" in vars(Plain))
