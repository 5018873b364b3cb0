def worker():
    while True:
        try:
            item = yield
            print("got", item)
        except ValueError as e:
            print("handled", repr(e))

g = worker()
next(g)
g.send(1)
err = ValueError("given")
g.throw(ValueError, err)
g.throw(ValueError, "made from a message")
g.throw(ValueError("instance"))
try:
    g.throw(ValueError("x"), "extra")
except TypeError as e:
    print("TypeError:", e)
g.throw(KeyError, "not handled")
