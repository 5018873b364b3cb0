class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

    def summary(self):
        return f"{self.name} <{self.emial}>"

u = User("ann", "ann@example.com")
print(u.name)
print(u.summary())
