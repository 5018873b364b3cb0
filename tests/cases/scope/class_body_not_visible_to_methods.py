x = "global"

class C:
    x = "class attribute"
    def method(self):
        return x
    def via_self(self):
        return self.x

c = C()
print(c.method())
print(c.via_self())
print(C.x)
