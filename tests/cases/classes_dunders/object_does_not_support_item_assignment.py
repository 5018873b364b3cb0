class Frozen:
    def __getitem__(self, k):
        return k

f = Frozen()
print(f[3])
try:
    f[3] = 4
except TypeError as e:
    print("TypeError:", e)
try:
    del f[3]
except TypeError as e:
    print("TypeError:", e)
