try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    print(type(e.__cause__).__name__)
    print(e.__context__ is e.__cause__)
    print(e.__suppress_context__)
