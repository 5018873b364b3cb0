# int() uses __int__, then __index__; __int__ must return an int.
class Meters:
    def __int__(self):
        return 3
class Index:
    def __index__(self):
        return 7
class Wrong:
    def __int__(self):
        return "3"
print(int(Meters()), int(Index()))
for value in [Wrong(), [1], None, 1j]:
    try:
        int(value)
    except TypeError as e:
        print(e)
