def risky():
    try:
        1 / 0
    except ZeroDivisionError as err:
        message = str(err)
    return message


error = None
try:
    int("x")
except ValueError as error:
    pass
print(risky())
