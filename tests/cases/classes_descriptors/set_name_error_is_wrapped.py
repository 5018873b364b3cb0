class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope")

try:
    class C:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__ if e.__cause__ else None)
