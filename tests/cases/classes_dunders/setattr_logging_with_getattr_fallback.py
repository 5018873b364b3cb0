class Account:
    def __init__(self):
        self.__dict__["_log"] = []
    def __setattr__(self, name, value):
        self._log.append(name)
        super().__setattr__(name, value)
    def __getattr__(self, name):
        return f"<no {name}>"
a = Account()
a.x = 1
a.y = 2
print(a._log, a.x, a.z, vars(a))
