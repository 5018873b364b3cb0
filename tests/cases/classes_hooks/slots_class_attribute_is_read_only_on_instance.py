class Config:
    __slots__ = ()
    mode = "fast"

c = Config()
print(c.mode)
try:
    c.mode = "slow"
except AttributeError as e:
    print("AttributeError:", e)
