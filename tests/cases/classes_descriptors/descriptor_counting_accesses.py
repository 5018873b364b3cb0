class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, instance, owner):
        self.reads += 1
        return self.reads

class C:
    x = Counted()

a, b = C(), C()
print(a.x, a.x, b.x)
print(C.__dict__["x"].reads)
