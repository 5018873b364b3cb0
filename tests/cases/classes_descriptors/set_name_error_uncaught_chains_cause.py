class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope")

class C:
    attr = Bad()
