def make():
    y = "function y"
    class Reads:
        seen = y
    print("only read:", Reads.seen)
    class Assigns:
        print(y)
        y = "class y"
    return Assigns.y

print(make())
