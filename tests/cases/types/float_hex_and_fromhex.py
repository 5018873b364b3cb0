# float.hex() spells a float exactly in hexadecimal; float.fromhex() reads such text back,
# rounding half to even, with its ValueError and OverflowError.
for x in [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e308, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, float("inf"), float("-inf"), float("nan")]:
    print(x.hex())
for s in ["0x1.8p1", "  -0X.8P-1\n", "ff", "0x1.p0", "inf", "-Infinity", "nan",
          "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x1.fffffffffffffp1023", "0x1p-99999999999999999999"]:
    print(repr(s), float.fromhex(s))
for s in ["0x", "", "0x1p", "0x.p0", "0x1_0p0", "0x1 p1", "1e5x",
          "0x1.fffffffffffff8p1023", "0x1p+99999999999999999999"]:
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
print(all(float.fromhex(x.hex()) == x for x in [0.1, 1e-310, 123.456, -7e200]))
