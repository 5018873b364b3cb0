# callable() and hash() of built-in values.
class WithCall:
    def __call__(self):
        return 1
print(callable(len), callable(WithCall()), callable(WithCall), callable(3), callable(None))
print(hash(1), hash(-1), hash(1.0), hash(True), hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print(e)
