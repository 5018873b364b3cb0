def greet(name, greeting="hi"):
    return f"{greeting} {name}"

for call in (lambda: greet(), lambda: greet("a", "b", "c"), lambda: greet("a", nme="x"),
             lambda: greet("a", name="b")):
    try:
        call()
    except TypeError as e:
        print(e)
