class Named:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name

class Model:
    first = Named()
    second = Named()
    print("end of class body")

print(Model.first.name, Model.second.name)
