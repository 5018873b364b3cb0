# A metaclass's __getattr__ answers for attributes its classes lack (not for their instances);
# its __getattribute__ sees every class attribute read, and reaches type's with super().
class Dyn(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: f"{cls.__name__}:{name[4:]}"
        raise AttributeError(name)
class Api(metaclass=Dyn):
    real = 1
print(Api.real, Api.get_user(), getattr(Api, "get_x")(), hasattr(Api, "nope"))
try:
    Api().get_user
except AttributeError as e:
    print(e)
try:
    Api.nope
except AttributeError as e:
    print("AttributeError", e)
class GA(type):
    def __getattribute__(cls, name):
        if name == "secret":
            return "meta secret"
        return super().__getattribute__(name)
class S(metaclass=GA):
    x = 5
print(S.secret, S.x, S.__name__)
