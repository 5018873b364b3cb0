class Lazy:
    def __lt__(self, other):
        return "maybe"

    def __eq__(self, other):
        return [1]

print(Lazy() < Lazy())
print(Lazy() == 3)
print(bool(Lazy() == 3))
if Lazy() == 0:
    print("truthy list decides")
