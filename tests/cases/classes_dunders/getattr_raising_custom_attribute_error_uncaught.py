class Config:
    def __getattr__(self, name):
        raise AttributeError(f"config has no {name}")
c = Config()
print(getattr(c, "x", "default"))
c.timeout
