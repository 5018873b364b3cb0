log = []
def f(x):
    try:
        log.append("try")
        if x:
            raise ValueError
    except ValueError:
        log.append("except")
        return "E"
    else:
        log.append("else")
        return "OK"
    finally:
        log.append("finally")

print(f(True), f(False))
print(log)
