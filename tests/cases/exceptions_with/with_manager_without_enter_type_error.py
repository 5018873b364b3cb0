class NoEnter:
    def __exit__(self, *exc):
        pass

try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
