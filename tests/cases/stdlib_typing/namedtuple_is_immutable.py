from typing import NamedTuple

class Emp(NamedTuple):
    name: str
    salary: float

e = Emp("ann", 10.0)
try:
    e.salary = 20.0
except AttributeError as err:
    print(err)
print(e)
