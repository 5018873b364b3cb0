try:
    class Config:
        __slots__ = ("debug",)
        debug = False
except ValueError as e:
    print("ValueError:", e)
