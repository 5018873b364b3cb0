class Dog:
    kind = "canine"

    def __init__(self, name):
        self.name = name

d = Dog("rex")
print(d.__dict__)
d.age = 3
print(d.__dict__)
print("kind" in d.__dict__, "kind" in Dog.__dict__)
print(d.kind, d.__dict__.get("kind"))
