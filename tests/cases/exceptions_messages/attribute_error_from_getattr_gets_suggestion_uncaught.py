class Record:
    def __init__(self):
        self.fields = {"name": "Ada"}

    def __getattr__(self, attr):
        if attr in self.fields:
            return self.fields[attr]
        raise AttributeError(attr)

    def describe(self):
        return self.name

r = Record()
print(r.describe())
r.descrbe()
