import os

print(os.path.isabs("/etc"), os.path.isabs("etc"), os.path.isabs(""), os.path.isabs("//x"))
