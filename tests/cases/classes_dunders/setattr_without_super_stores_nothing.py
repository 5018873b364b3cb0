class ReadOnly:
    def __setattr__(self, name, value):
        print("refusing", name)

r = ReadOnly()
r.x = 1
print(vars(r), hasattr(r, "x"))
object.__setattr__(r, "x", 2)
print(r.x)
