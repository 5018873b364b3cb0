class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)

class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)

class Model(Base):
    f = Field()
