def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"

print(greet("Ann", greeting="Hi"))
try:
    greet("Ann", greting="Hi")
except TypeError as e:
    print(e)
try:
    print(greet(name="Bo", greeting="Yo", extra=1))
except TypeError as e:
    print(e)
