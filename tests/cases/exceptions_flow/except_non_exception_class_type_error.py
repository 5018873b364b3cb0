try:
    try:
        1 / 0
    except "ZeroDivisionError":
        print("never")
except TypeError as e:
    print(e)
