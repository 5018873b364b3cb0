def tag(label):
    def deco(cls):
        print("applying", label)
        cls.tags = getattr(cls, "tags", ()) + (label,)
        return cls
    return deco

@tag("outer")
@tag("inner")
class Thing:
    pass

print(Thing.tags)
