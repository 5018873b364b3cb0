class Bad:
    def __str__(self):
        return None

try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    print(Bad())
except TypeError as e:
    print("TypeError:", e)
