for i in range(3):
    try:
        if i % 2 == 0:
            continue
        print("try", i)
    except Exception:
        pass
    else:
        print("else", i)
    finally:
        print("finally", i)
