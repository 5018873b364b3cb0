class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
T = type("T", (), {"a": Named(), "b": Named()})
print(T.__name__)
class Later:
    pass
n = Named()
n.__set_name__(Later, "manual")
