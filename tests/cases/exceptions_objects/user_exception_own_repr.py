class Coded(Exception):
    def __repr__(self):
        return f"<Coded {self.args[0]}>"

e = Coded(7)
print(repr(e), str(e))
print([e])
