# OSError(errno, strerror) called on OSError itself makes the subclass for that errno.
for args in [(2, "No such file"), (2, "No such file", "a.txt"), (13, "Permission denied"), (1, "x"), (17, "exists", "d"), (32, "pipe"), (110, "timed out"), (99, "other"), (2,), (True, "x"), ("2", "x")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.errno, e.filename)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught FileNotFoundError:", e, e.args)
class MyOS(OSError):
    pass
print(type(MyOS(2, "x")).__name__, type(IOError(2, "x")).__name__, type(EnvironmentError(21, "d")).__name__)
print(isinstance(OSError(2, "x"), OSError), type(FileExistsError(2, "x")).__name__)
raise OSError(21, "Is a directory", "/tmp")
