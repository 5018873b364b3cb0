class Guarded:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"

    visible = "visible"

g = Guarded()
print(g.visible)
print(g.secret_key)
