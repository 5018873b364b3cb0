# The singleton metaclass: calling a class runs its metaclass's __call__, which creates the
# instance once (through type.__call__, reached with super()) and hands it back after.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        print("Singleton.__call__", cls.__name__, args, kwargs)
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Database(metaclass=Singleton):
    def __init__(self, url, timeout=5):
        print("Database.__init__", url, timeout)
        self.url = url


class Cache(metaclass=Singleton):
    pass


a = Database("postgres://a")
b = Database("postgres://b", timeout=1)
print(a is b, a.url, b.url)
print(Cache() is Cache(), Cache() is a)
print(type(Database), Database.__class__, type(a).__name__)
print(isinstance(Database, Singleton), isinstance(Database, type), isinstance(a, Singleton))
print(sorted(c.__name__ for c in Singleton._instances))
