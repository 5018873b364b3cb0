from os.path import split

print(split("/a/b/c.txt"))
print(split("/a/b/"))
print(split("c.txt"))
print(split("//x"))
