class OnlyEnter:
    def __enter__(self):
        return self

print("before")
with OnlyEnter():
    print("never")
