class Missing(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name

    def __str__(self):
        return f"missing field {self.name!r}"

e = Missing("id")
print(str(e))
print(repr(e))
print(e.args)
