try:
    try:
        print("inner try")
        raise ValueError("v")
    except TypeError:
        print("inner except (not matched)")
    finally:
        print("inner finally")
    print("not reached")
except ValueError as e:
    print("outer except", e)
finally:
    print("outer finally")
