class Recorder:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)

r = Recorder()
r.b = "hello"
setattr(r, "c", "x")
print(vars(r))
