class Token:
    def __init__(self):
        self.__t = "t"

    def forget(self):
        del self.__t

tok = Token()
print(hasattr(tok, "_Token__t"))
tok.forget()
print(hasattr(tok, "_Token__t"), vars(tok))
