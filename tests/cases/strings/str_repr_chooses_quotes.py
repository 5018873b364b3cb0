for s in ["plain", "it's", 'say "hi"', "it's \"both\"", "", "\n", "\t", "é", "\x1b", "\u200b"]:
    print(repr(s))
