def gen():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("gen handled", e)

g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
