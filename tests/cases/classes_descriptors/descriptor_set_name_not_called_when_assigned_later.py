class Named:
    name = None

    def __set_name__(self, owner, name):
        self.name = name

class A:
    early = Named()

A.late = Named()
print(A.early.name, A.late.name)
