from dataclasses import dataclass

@dataclass
class User:
    name: str

try:
    User(name="ann", age=3)
except TypeError as e:
    print(e)
try:
    User()
except TypeError as e:
    print(e)
