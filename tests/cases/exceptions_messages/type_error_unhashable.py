for key in ([], {}, {1}):
    try:
        {key: 1}
    except TypeError as e:
        print(e)
