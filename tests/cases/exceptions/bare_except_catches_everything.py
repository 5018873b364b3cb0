for exc in [ValueError("v"), SystemExit(2), KeyboardInterrupt()]:
    try:
        raise exc
    except:
        print("bare except caught", type(exc).__name__)
