class AppError(Exception): pass
class DbError(AppError): pass
class ConnError(DbError): pass

print(issubclass(ConnError, AppError))
print(isinstance(ConnError(), DbError))
print(issubclass(AppError, DbError))
print([c.__name__ for c in ConnError.__mro__])
