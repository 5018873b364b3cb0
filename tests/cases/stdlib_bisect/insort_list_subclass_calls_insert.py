import bisect

class Loud(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)

a = Loud([1, 3])
bisect.insort(a, 2)
print(a)
