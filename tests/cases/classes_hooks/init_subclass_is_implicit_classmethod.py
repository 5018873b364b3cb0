class Base:
    def __init_subclass__(cls):
        print("cls is", cls.__name__, "type:", type(cls).__name__)

print(type(Base.__dict__["__init_subclass__"]).__name__)

class Child(Base):
    pass
