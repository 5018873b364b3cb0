class Outer:
    class Inner:
        def __init__(self):
            self.__v = "inner"

    def __init__(self):
        self.__v = "outer"

print(vars(Outer()))
print(vars(Outer.Inner()))
