import os

p = "/var/log/app/error.log"
print(os.path.basename(p), os.path.dirname(p))
print(repr(os.path.basename("/var/log/")), os.path.dirname("/var/log/"))
print(repr(os.path.dirname("file.txt")), os.path.dirname("/"))
