class Base:
    def __init__(self):
        self.__secret = "s"

class Child(Base):
    def peek(self):
        return self.__secret

Child().peek()
