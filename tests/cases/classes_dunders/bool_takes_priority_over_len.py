class Both:
    def __bool__(self):
        print("__bool__")
        return False

    def __len__(self):
        print("__len__")
        return 10

b = Both()
print(bool(b))
print(len(b))
print("yes" if b else "no")
