names = ["BrokenPipeError", "ConnectionResetError", "ConnectionError", "IsADirectoryError",
         "ProcessLookupError", "InterruptedError", "BlockingIOError", "UnicodeTranslateError"]
for name in names:
    cls = getattr(__builtins__, name)
    print(name, [c.__name__ for c in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise ConnectionRefusedError("refused")
except ConnectionError as e:
    print("caught", type(e).__name__, e)
