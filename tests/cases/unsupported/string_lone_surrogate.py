word = "caf\u00e9"
print(word, len(word))


def greet(name):
    return f"hello {name}\udc80"


print(greet("world"))
