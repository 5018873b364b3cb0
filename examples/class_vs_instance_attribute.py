# A class attribute is shared by every instance until an instance assigns its own.
class Team:
    members = []  # one list, created once, when the class body runs
    size = 0

    def __init__(self, name):
        self.name = name

    def add(self, person):
        self.members.append(person)  # mutates the shared class list
        self.size += 1  # reads Team.size, then stores an instance attribute


red = Team("red")
blue = Team("blue")
red.add("ann")
blue.add("bob")
print(red.members, blue.members, red.members is Team.members)
print(red.size, blue.size, Team.size)
print(sorted(vars(red)), sorted(vars(blue)))


# The fix: give each instance its own list in __init__.
class FixedTeam:
    def __init__(self, name):
        self.name = name
        self.members = []


red, blue = FixedTeam("red"), FixedTeam("blue")
red.members.append("ann")
print(red.members, blue.members)
