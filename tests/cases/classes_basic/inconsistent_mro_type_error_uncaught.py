class X:
    pass

class Y(X):
    pass

class Ok(Y, X):
    pass

print([c.__name__ for c in Ok.__mro__])

class Bad(X, Y):
    pass
