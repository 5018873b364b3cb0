with open("data.txt") as fh:
    print(fh.read())
