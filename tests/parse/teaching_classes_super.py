class Animal:
    kind = 'animal'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f'{self.name} makes a sound'

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        base = super().speak()
        return base + ' (woof)'

    @property
    def description(self):
        return f'{self.name} the {self.breed}'

    @staticmethod
    def create(name):
        return Dog(name, 'mutt')

    @classmethod
    def from_dict(cls, d):
        return cls(**d)

d = Dog('Rex', 'lab')
print(d.speak())
