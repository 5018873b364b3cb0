try:
    try:
        raise ValueError("one")
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)
