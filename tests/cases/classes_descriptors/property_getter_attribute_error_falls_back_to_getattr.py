class Lazy:
    @property
    def value(self):
        return self.missing

    def __getattr__(self, name):
        return f"<getattr {name}>"

print(Lazy().value)
