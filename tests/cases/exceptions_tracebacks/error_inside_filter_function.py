print(list(filter(lambda x: x > 0, [1, "2"])))
