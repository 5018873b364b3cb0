# A name read in a loop must see every change to the module's names: a builtin shadowed
# and unshadowed, a global deleted, rebound through globals(), and a method replaced.
def show(seq):
    return len(seq)


results = []
for round_ in range(3):
    results.append(show("abc"))
    if round_ == 0:
        len = lambda s: "shadowed"
    elif round_ == 1:
        del len
print(results)

x = 1


def read_x():
    return x


seen = []
for i in range(3):
    seen.append(read_x())
    if i == 0:
        globals()["x"] = 2
    elif i == 1:
        exec("x = 3")
    elif i == 2:
        del x
try:
    read_x()
except NameError as e:
    print(seen, e)

counter = 0
for i in range(5):
    counter += i
    if i == 2:
        globals().pop("counter")
        counter = 100
print(counter)


class Greeter:
    def hello(self):
        return "hello"


g = Greeter()
out = []
for i in range(3):
    out.append(g.hello())
    if i == 0:
        g.hello = lambda: "instance attribute wins"
    elif i == 1:
        del g.hello
        Greeter.hello = lambda self: "class attribute replaced"
print(out)
words = []
for w in ["a", "b"]:
    words.append(w.upper())
print(words, "x".join(words))
