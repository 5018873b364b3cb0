def parse(text):
    return int(text)

numbers = [parse(t) for t in ["1", "two"]]
