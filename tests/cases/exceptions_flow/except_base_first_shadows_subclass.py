try:
    raise KeyError("k")
except LookupError:
    print("LookupError clause took it")
except KeyError:
    print("KeyError clause is never reached")
