class Counter:
    instances = 0
    def __new__(cls, *args, **kwargs):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, start=0):
        self.value = start
class Sub(Counter): pass
Counter(); Counter(5); Sub(); Sub(start=2)
print(Counter.instances, Sub.instances)
