try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("Exception does not catch KeyboardInterrupt")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
