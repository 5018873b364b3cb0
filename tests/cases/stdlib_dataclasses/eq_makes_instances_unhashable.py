from dataclasses import dataclass

@dataclass
class Tag:
    name: str

print(Tag.__hash__)
try:
    {Tag("a")}
except TypeError as e:
    print(e)
