for i in range(3):
    try:
        if i < 2:
            raise KeyError(i)
    except KeyError:
        pass
raise ValueError("after loop")
