# An exception raised in a metaclass's __call__ shows that frame in the traceback.
class NoInstances(type):
    def __call__(cls, *args):
        raise TypeError(f"{cls.__name__} cannot be instantiated")


class Utility(metaclass=NoInstances):
    @staticmethod
    def helper():
        return "helped"


def make():
    return Utility()


print(Utility.helper())
make()
