class Oops(Exception):
    def __init__(self, code):
        self.code = code

e = Oops(404)
print(e.args, e.code, str(e), repr(e))
