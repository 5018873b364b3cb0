# With no separator, runs of whitespace split and the ends are trimmed; after maxsplit the
# rest is kept with its trailing whitespace.
s = "  alpha \t beta\n\ngamma  delta  "
print(s.split())
print(s.split(None, 1))
print(s.split(maxsplit=2))
print(s.rsplit(None, 1))
print(s.rsplit(maxsplit=0))
print("".split(), "   ".split())
print("a\x1cb\x1fc\u3000d\x85e".split())
