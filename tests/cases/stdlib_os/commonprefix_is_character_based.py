import os

print(os.path.commonprefix(["/usr/lib", "/usr/local/lib"]))
print(repr(os.path.commonprefix([])), os.path.commonprefix(["abc"]))
