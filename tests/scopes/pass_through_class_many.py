def outer():
    red, green, blue, alpha, hue = 1, 2, 3, 4, 5

    class Color:
        def values(self):
            return red, green, blue, alpha, hue

    return Color
