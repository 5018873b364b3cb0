class Weird:
    def __bool__(self):
        return 1

print("start")
if Weird():
    print("truthy")
