# Calling object.__init__ directly with extra arguments: 3.11 names the instance's class
# when it overrides neither __new__ nor __init__; K(1) itself fails earlier, in __new__.
class K:
    pass

class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)

for f in [
    lambda: object.__init__(object(), 1),
    lambda: object.__init__(K(), 1),
    lambda: K().__init__(1),
    lambda: K().__init__(a=1),
    lambda: K(1),
    lambda: WithNew().__init__(1),
]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(type(WithNew(1, 2)).__name__)
