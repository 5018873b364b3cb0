def outer():
    name = "outer"

    class Inner:
        name = "class attribute"

        def get(self):
            return name

    return Inner().get(), Inner.name


print(outer())
