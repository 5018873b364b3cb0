print("before class")

class Config:
    print("class body starts")
    base = 10
    doubled = base * 2
    names = [n for n in ("a", "b")]
    print("class body ends, doubled =", doubled)

print("after class")
print(Config.base, Config.doubled, Config.names)
