# bytes() from a size, an iterable of ints, a str with an encoding, or __bytes__.
class Packet:
    def __bytes__(self):
        return b"\x01\x02"
print(bytes(3), bytes([72, 105]), bytes("hé", "utf-8"), bytes(Packet()), bytes(range(3)))
for call in [lambda: bytes("abc"), lambda: bytes([256]), lambda: bytes(-1), lambda: bytes(1.5),
             lambda: bytes("é", "ascii")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
