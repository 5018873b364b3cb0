def source():
    raise ValueError("origin")

def relay():
    try:
        source()
    except ValueError as e:
        raise e

relay()
