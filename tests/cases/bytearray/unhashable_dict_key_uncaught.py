# The uncaught error of a bytearray used as a dict key.
cache = {}
key = bytearray(b"user:1")
print("storing")
cache[key] = "alice"
print("not reached")
