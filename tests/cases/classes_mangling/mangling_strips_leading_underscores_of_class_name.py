class _Hidden:
    def __init__(self):
        self.__x = 1

class __Private:
    def __init__(self):
        self.__y = 2

print(vars(_Hidden()))
print(vars(__Private()))
