for value in ["5", "x"]:
    try:
        n = int(value)
    except ValueError as e:
        print("bad:", e)
    else:
        print("good:", n * 2)
