def forgetful(cls):
    print("decorating", cls.__name__)

@forgetful
class Gone:
    pass

print(Gone)
