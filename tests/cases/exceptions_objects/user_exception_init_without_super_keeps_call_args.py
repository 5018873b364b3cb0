class Weird(Exception):
    def __init__(self, a, b):
        self.total = a + b

e = Weird(1, 2)
print(e.args, e.total)
print(str(e))
