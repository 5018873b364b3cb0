# A super object's fields are read-only members, and it has no __dict__ for other names:
# both assigning and deleting fail.


class A:
    pass


class B(A):
    def poke(self):
        s = super()
        for name in ["__thisclass__", "__self__", "__self_class__", "other"]:
            try:
                setattr(s, name, None)
            except AttributeError as e:
                print("set", name, "->", e)
            try:
                delattr(s, name)
            except AttributeError as e:
                print("del", name, "->", e)
        return s.__thisclass__.__name__


print(B().poke())
