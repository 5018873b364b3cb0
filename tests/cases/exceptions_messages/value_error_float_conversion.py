for text in ["abc", "", "1,5"]:
    try:
        float(text)
    except ValueError as e:
        print(e)
