def cleanup():
    raise ValueError("cleanup failed")

def work():
    try:
        raise KeyError("original")
    finally:
        cleanup()

try:
    work()
except ValueError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
except KeyError:
    print("never")

work()
