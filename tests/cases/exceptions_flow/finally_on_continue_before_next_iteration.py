for i in range(3):
    try:
        if i < 2:
            continue
        print("body", i)
    finally:
        print("finally", i)
