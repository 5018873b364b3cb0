for cls in [KeyError, IndexError, ZeroDivisionError, ValueError, UnboundLocalError, RecursionError, FileNotFoundError, StopIteration, KeyboardInterrupt, bool]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
print(issubclass(UnboundLocalError, NameError))
print(issubclass(ModuleNotFoundError, ImportError))
