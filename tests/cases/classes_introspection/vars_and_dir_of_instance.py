class Pet:
    legs = 4

    def __init__(self):
        self.name = "rex"

    def speak(self):
        pass

p = Pet()
print(vars(p))
names = dir(p)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names)
