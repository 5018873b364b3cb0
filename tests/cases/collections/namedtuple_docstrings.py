# namedtuple writes docstrings naming the class for the class, __new__, _make and _replace.
from collections import namedtuple
P = namedtuple("P", "x y")
print(P.__doc__, P.__new__.__doc__, P._make.__doc__, P._replace.__doc__, P._asdict.__doc__, P.__getnewargs__.__doc__, P.__repr__.__doc__, sep="\n")
print(namedtuple("Q", "a").__new__.__doc__, P.x.__doc__)
