class Greeter:
    def hello(self):
        return "hi"

g = Greeter()
h = Greeter()
methods = {g.hello, g.hello, h.hello}
print(len(methods))
print(g.hello in [g.hello], h.hello in [g.hello])
callbacks = {g.hello: "first"}
callbacks[g.hello] = "second"
print(list(callbacks.values()))
lst = []
print(lst.append == lst.append, lst.append == [].append)
print(hash(g.hello) == hash(g.hello))
