import os

print(os.path.join("home", "ann", "notes.txt"))
print(os.path.join("dir/", "file"))
print(os.path.join("a", ""))
print(os.path.join("only"))
