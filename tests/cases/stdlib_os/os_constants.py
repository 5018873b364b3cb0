import os

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.altsep)
print(os.path.sep, os.extsep)
