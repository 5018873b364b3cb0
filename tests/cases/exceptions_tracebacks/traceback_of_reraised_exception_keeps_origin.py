def source():
    raise ValueError("origin")

def relay():
    try:
        source()
    except ValueError:
        print("relaying")
        raise

relay()
