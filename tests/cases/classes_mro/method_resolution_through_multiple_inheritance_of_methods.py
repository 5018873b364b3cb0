class Walker:
    def move(self):
        return "walk"

    def describe(self):
        return "I can " + self.move()

class Swimmer:
    def move(self):
        return "swim"

    def dive(self):
        return "dive"

class Duck(Walker, Swimmer):
    pass

class Penguin(Swimmer, Walker):
    pass

d, p = Duck(), Penguin()
print(d.describe(), "/", d.dive())
print(p.describe(), "/", p.dive())
