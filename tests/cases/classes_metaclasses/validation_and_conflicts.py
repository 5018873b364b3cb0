# A metaclass that checks the class being defined raises from the class statement; two
# unrelated metaclasses conflict unless a metaclass derived from both is named.
class RequiresRun(type):
    def __new__(mcs, name, bases, ns):
        if bases and "run" not in ns:
            raise TypeError(f"{name} must define run()")
        return super().__new__(mcs, name, bases, ns)


class Task(metaclass=RequiresRun):
    pass


class Good(Task):
    def run(self):
        return "ran"


print(Good().run())
try:

    class Bad(Task):
        pass

except TypeError as e:
    print("TypeError:", e)


class M1(type):
    pass


class M2(type):
    pass


class C1(metaclass=M1):
    pass


class C2(metaclass=M2):
    pass


try:

    class C3(C1, C2):
        pass

except TypeError as e:
    print("TypeError:", e)


class M3(M1, M2):
    pass


class C4(C1, C2, metaclass=M3):
    pass


class C5(C4):
    pass


print(type(C4).__name__, type(C5).__name__, [c.__name__ for c in type(C4).__mro__])
