import os.path

print(os.path.join("/usr", "local", "/etc", "hosts"))
print(os.path.join("a", "/b", "c"))
