def inner():
    try:
        raise KeyError("k")
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")

outer()
