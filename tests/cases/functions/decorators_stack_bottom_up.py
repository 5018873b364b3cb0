def tag(name):
    def deco(func):
        print("decorating with", name)
        def wrapper():
            return f"<{name}>{func()}</{name}>"
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "hi"

print("defined")
print(text())
