class Weird:
    def __init__(self):
        self.value = 1
        return self.value

try:
    Weird()
except TypeError as e:
    print(e)
