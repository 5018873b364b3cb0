print("before class")

class Config:
    print("inside class body")
    debug = False
    levels = [n * 10 for n in range(3)]

print("after class")
print(Config.debug, Config.levels)
