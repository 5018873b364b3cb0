# object.__reduce_ex__ hands over to a class's own __reduce__; its argument errors.


class R:
    def __reduce__(self):
        return (R, ("rebuilt",))


class Plain:
    pass


print(R().__reduce_ex__(2))
print(object.__reduce_ex__(R(), 4))
print("__reduce_ex__" in dir(Plain()), "__reduce__" in dir(Plain()))
for f in (
    lambda: object.__reduce_ex__(Plain()),
    lambda: object.__reduce_ex__(),
    lambda: object.__reduce__(),
    lambda: object.__reduce__(Plain(), 1),
    lambda: Plain().__reduce_ex__("x"),
    lambda: object.__reduce_ex__(Plain(), 1, 2),
):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
