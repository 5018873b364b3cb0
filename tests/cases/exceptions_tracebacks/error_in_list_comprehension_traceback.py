words = ["a", "bb", None]
lengths = [len(w) for w in words]
