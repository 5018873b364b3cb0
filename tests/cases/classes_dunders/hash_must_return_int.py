class Bad:
    def __hash__(self):
        return "h"

try:
    hash(Bad())
except TypeError as e:
    print("TypeError:", e)

class Big:
    def __hash__(self):
        return 2 ** 100

print(hash(Big()) == hash(2 ** 100))
