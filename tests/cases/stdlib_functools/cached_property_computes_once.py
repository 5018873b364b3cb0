from functools import cached_property

class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        print("summing...")
        return sum(self.values)

d = Dataset([1, 2, 3])
print(d.total)
print(d.total)
d.values.append(4)
print(d.total)
del d.total
print(d.total)
