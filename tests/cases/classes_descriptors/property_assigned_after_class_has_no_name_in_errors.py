def get_size(self):
    return 3

class Box:
    size = property(get_size)

class Crate:
    pass

Crate.size = property(get_size)
for obj in (Box(), Crate()):
    try:
        obj.size = 10
    except AttributeError as e:
        print("AttributeError:", e)
