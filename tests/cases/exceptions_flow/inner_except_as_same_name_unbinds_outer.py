try:
    raise ValueError("outer")
except ValueError as e:
    try:
        raise KeyError("inner")
    except KeyError as e:
        pass
    try:
        print(e)
    except NameError as err:
        print("NameError:", err)
