class D(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = D()
print(d["abc"], d, d.get("zz"), "zz" in d)
class Cls:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Cls[int], list[int], dict[str, int])
