for cls in (FileNotFoundError, PermissionError, FileExistsError, IsADirectoryError, TimeoutError):
    print(cls.__name__, issubclass(cls, OSError))
print(IOError is OSError, EnvironmentError is OSError)
