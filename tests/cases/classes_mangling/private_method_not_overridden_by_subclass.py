class Base:
    def run(self):
        return self.__step() + " / " + self.public_step()

    def __step(self):
        return "Base private"

    def public_step(self):
        return "Base public"

class Child(Base):
    def __step(self):
        return "Child private"

    def public_step(self):
        return "Child public"

print(Child().run())
print(sorted(k for k in vars(Child) if not k.startswith("__")))
