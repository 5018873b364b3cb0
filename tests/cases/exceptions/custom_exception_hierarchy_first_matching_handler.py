class AppError(Exception):
    pass

class DatabaseError(AppError):
    pass

class ConnectionLost(DatabaseError):
    pass

def run(exc):
    try:
        raise exc
    except DatabaseError as e:
        return f"db: {type(e).__name__} {e}"
    except AppError as e:
        return f"app: {type(e).__name__} {e}"
    except Exception as e:
        return f"other: {e!r}"

print(run(ConnectionLost("timeout")))
print(run(AppError("generic")))
print(run(DatabaseError()))
print(run(ValueError("bad", 2)))
print(ConnectionLost.__mro__[1:3])
print(issubclass(ConnectionLost, AppError), isinstance(ConnectionLost(), Exception))
