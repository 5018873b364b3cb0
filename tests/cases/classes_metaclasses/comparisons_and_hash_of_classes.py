# Comparisons, hashing, operators and truth of classes come from their metaclass: two
# distinct classes can compare equal and share a dict slot; without a metaclass __eq__
# classes compare by identity.
class ByName(type):
    def __eq__(cls, other):
        print("ByName.__eq__", cls.__name__, getattr(other, "__name__", other))
        return cls.__name__ == getattr(other, "__name__", None)

    def __hash__(cls):
        return hash(len(cls.__name__))

    def __lt__(cls, other):
        return cls.__name__ < other.__name__

    def __add__(cls, other):
        return f"{cls.__name__}+{other.__name__}"

    def __bool__(cls):
        return False


class A(metaclass=ByName):
    pass


class B(metaclass=ByName):
    pass


Twin = ByName("A", (), {})
print(A == Twin, A != B, A is Twin, A == "A")
print(A + B, [c.__name__ for c in sorted([B, A])], bool(A), "truthy" if A else "falsy")
print({A: 1}.get(Twin), len({A, Twin, B}))


class Plain:
    pass


class Other:
    pass


print(Plain == Plain, Plain == Other, Plain != Other, len({Plain, Other, Plain}))
try:
    Plain < Other
except TypeError as e:
    print(e)
