from dataclasses import dataclass, field, KW_ONLY

@dataclass
class Req:
    url: str
    _: KW_ONLY
    timeout: int = 10
    retries: int = 0

print(Req("x", retries=2))
try:
    Req("x", 5)
except TypeError as e:
    print(e)

@dataclass(kw_only=True)
class Opt:
    a: int
    b: int = 1

print(Opt(a=3))
