class Config:
    pass

c = Config()
print(callable(c))
c()
