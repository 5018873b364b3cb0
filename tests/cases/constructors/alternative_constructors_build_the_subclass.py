# dict.fromkeys, int.from_bytes and float.fromhex are classmethods: called on a subclass
# they build an instance of it.
class D(dict):
    pass
class I(int):
    pass
class F(float):
    pass
d = D.fromkeys("ab", 0)
print(type(d).__name__, d, type(D().fromkeys("x")).__name__)
i = I.from_bytes(b"\x01\x00", "little")
print(type(i).__name__, i, type(int.from_bytes(b"\x01", "big")).__name__)
f = F.fromhex("0x1.8p1")
print(type(f).__name__, f, type(float.fromhex("0x1p0")).__name__)
print(float.fromhex.__self__, int.from_bytes.__self__, dict.fromkeys.__self__)
