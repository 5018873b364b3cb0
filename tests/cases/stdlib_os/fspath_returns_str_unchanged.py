import os

print(os.fspath("a/b"), os.fspath(b"x"))
