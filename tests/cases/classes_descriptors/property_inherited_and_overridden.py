class Base:
    @property
    def name(self):
        return "base"

class Child(Base):
    @property
    def name(self):
        return "child of " + super().name

print(Base().name, "/", Child().name)
