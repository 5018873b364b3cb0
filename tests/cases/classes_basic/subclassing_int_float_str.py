class Celsius(float):
    def __new__(cls, value):
        print("new", value)
        return super().__new__(cls, value)

    def to_fahrenheit(self):
        return self * 9 / 5 + 32

c = Celsius(100)
print(c, c.to_fahrenheit(), c + 1, type(c + 1).__name__, round(c), int(c), c > 50, f"{c:.1f}")

class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

m = Money(5)
print(m, m + 1, 1 + m, m * 2, -m, m // 2, f"{m}", f"{m:03d}", str(m), [m])
print(bin(m), list(range(m)), [0] * m, m & 3, {7: "seven"}[Money(7)], [10, 20][Money(1)])

class Shout(str):
    def loud(self):
        return self.upper() + "!"

u = Shout("hey")
print(u, u.loud(), len(u), u + "x", repr(u), f"[{u:>5}]", u == "hey", hash(u) == hash("hey"))
print({u: 1}["hey"], ", ".join([Shout("a"), "b"]), Shout("abc")[Money(1)], Shout("x") * 3)

class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))

p = Pair((1, 2))
print(p, p.swap(), type(p.swap()).__name__, p == (1, 2), p.count(1), p + (3,))
try:
    class Flag(bool):
        pass
except TypeError as e:
    print(e)
