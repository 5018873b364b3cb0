class Team:
    def __init__(self, members=[]):
        self.members = members

    def add(self, name):
        self.members.append(name)

a = Team()
b = Team()
a.add("ann")
print(b.members)
c = Team(["solo"])
c.add("duo")
print(c.members, a.members is b.members)
