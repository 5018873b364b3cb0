e = OSError(2, "No such file or directory", "data.csv")
print(e.args)
print(str(e))
print(e.filename, e.filename2)
e = PermissionError(13, "Permission denied", "a.txt", None, "b.txt")
print(str(e))
e.errno = 1
e.strerror = "Operation not permitted"
print(str(e), e.args)
