class Other:
    def __init__(self):
        print("Other.__init__")

class Factory:
    def __new__(cls):
        print("Factory.__new__")
        return Other()

    def __init__(self):
        print("Factory.__init__ never runs")

obj = Factory()
print(type(obj).__name__)
