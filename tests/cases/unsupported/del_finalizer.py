class Counter:
    def __init__(self):
        self.count = 0
    def __del__(self):
        print("deleted")
c = Counter()
del c
print("after")
