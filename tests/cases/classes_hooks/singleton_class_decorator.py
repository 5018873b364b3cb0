def singleton(cls):
    instances = {}

    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get

@singleton
class Database:
    def __init__(self):
        print("connecting")

a = Database()
b = Database()
print(a is b)
