print("%d items" % 5)
print("%s and %r" % ("str", "str"))
print("%5.2f|%-6d|%06.1f" % (3.14159, 42, 2.5))
print("%x %X %o %e" % (255, 255, 8, 1234.5))
print("%(a)s-%(b)03d" % {"a": "key", "b": 7})
print("%d%%" % 50)
print("%s" % [1, 2])
print("%s" % (1,))
print("%.3s" % "abcdef")
print("%i %d" % (3.9, -3.9))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
