class Shape:
    def scale(self, k):
        return k

def f(*args, **kwargs):
    pass

for call in (lambda: f(*5), lambda: Shape().scale(*None), lambda: f(**[1]),
             lambda: print(*3), lambda: f(x=1, **{"x": 2})):
    try:
        call()
    except TypeError as e:
        print(e)
