# os.fspath (and the os.path functions, which call it) accept any object whose type has
# __fspath__ returning str, such as pathlib.Path.
import os
from pathlib import Path


class Custom:
    def __fspath__(self):
        return "custom/path.txt"


class Bad:
    def __fspath__(self):
        return 5


p = Path("data") / "file.csv"
print(os.fspath(p), os.path.join(p, "x"), os.path.splitext(p), os.path.basename(Custom()))
for v in (Bad(), 3, None):
    try:
        os.fspath(v)
    except TypeError as e:
        print(e)
