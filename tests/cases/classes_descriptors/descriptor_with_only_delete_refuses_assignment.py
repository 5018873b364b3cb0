class DeleteOnly:
    def __delete__(self, instance):
        print("deleting")

class C:
    d = DeleteOnly()

c = C()
del c.d
try:
    c.d = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(c.d).__name__)
