class Vault:
    __secret = 42
    __dunder__ = "not mangled"

    def reveal(self):
        __local = self.__secret
        return __local

    class __Inner:
        __deep = 1

        def get(self, __arg):
            return __arg


def __module_level():
    return 1
