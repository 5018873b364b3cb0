def factory(unit):
    scale = 10

    class Measure:
        def show(self, n):
            return str(n * scale) + unit

    return Measure()


print(factory("cm").show(3))
