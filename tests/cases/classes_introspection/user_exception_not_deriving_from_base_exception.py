class NotAnError:
    pass

try:
    raise NotAnError()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    finally:
        pass
    raise NotAnError
except TypeError as e:
    print("TypeError:", e)
