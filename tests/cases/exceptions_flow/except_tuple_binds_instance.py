for exc in (ValueError("v"), TypeError("t"), KeyError("k")):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print("tuple clause:", type(e).__name__, e)
    except KeyError as e:
        print("own clause:", repr(e))
