def greeting(name):
    prefix = "Hello"

    def say():
        return prefix + ", " + name

    return say


print(greeting("Ada")())
