class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

u = User("ann", "a@x")
print(u.name, u.email)
try:
    User("bob")
except TypeError as e:
    print(e)
