handlers = []
for name in ["save", "load", "quit"]:
    def handler():
        return f"handling {name}"
    handlers.append(handler)

print([h() for h in handlers])
print(handlers[0] is handlers[1], handlers[0].__name__)
name = "other"
print(handlers[0]())

def make(name):
    def handler():
        return f"handling {name}"
    return handler

handlers = [make(n) for n in ["save", "load"]]
print([h() for h in handlers])
