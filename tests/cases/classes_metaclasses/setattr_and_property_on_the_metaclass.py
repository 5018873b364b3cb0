# A metaclass's __setattr__/__delattr__ guard its classes' attributes; a property on the
# metaclass wins over the class's own attribute of that name; a plain metaclass attribute
# is the classes' but not their instances'.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot rebind constant {cls.__name__}.{name}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name}")


class Const(metaclass=Frozen):
    PI = 3.14


Const.note = "set through type.__setattr__"
try:
    Const.PI = 3
except AttributeError as e:
    print(e)
try:
    del Const.note
except AttributeError as e:
    print(e)
print(Const.PI, Const.note)


class Meta(type):
    greeting = "meta hello"

    @property
    def info(cls):
        return "info about " + cls.__name__


class K(metaclass=Meta):
    info = "the class's own info"


print(K.greeting, K.info, vars(K)["info"], K().info)
try:
    K().greeting
except AttributeError as e:
    print(e)
