class Chain:
    def __init__(self): self.ops = []
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self.ops.append(name)
        return self
    def __call__(self, *args):
        self.ops.append(args)
        return self
c = Chain()
print(c.select("a").where(x=1) if False else c.select("a").where("x").ops)
print(hasattr(c, "_private"), getattr(c, "_p", None))
