from dataclasses import dataclass, replace

@dataclass(frozen=True)
class Config:
    host: str = "localhost"
    port: int = 80

c = Config()
c2 = replace(c, port=8080)
print(c, c2, c is c2)
try:
    replace(c, user="x")
except TypeError as e:
    print(e)
