class C:
    @property
    def x(self):
        return "property"

c = C()
c.__dict__["x"] = "instance dict"
print(c.x)
print(vars(c))
