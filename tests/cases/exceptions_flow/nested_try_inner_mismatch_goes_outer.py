try:
    try:
        raise TypeError("t")
    except ValueError:
        print("inner ValueError handler (skipped)")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
