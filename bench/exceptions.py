# Exceptions: raise and catch in a loop, through a call, with else/finally.
class AppError(Exception):
    pass


def check(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        return {}[i]
    return i


caught = 0
finished = 0
total = 0
for i in range(1000000):
    try:
        total += check(i)
    except AppError as e:
        caught += e.args[0] % 2
    except KeyError:
        caught += 1
    else:
        total += 1
    finally:
        finished += 1
print(caught, finished, total)
