class Letters:
    def __iter__(self):
        print("iterating")
        return iter("abc")

print("b" in Letters())
print("z" in Letters())
