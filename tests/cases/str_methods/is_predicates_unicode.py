# The is... predicates follow Unicode categories and numeric types.
for w in ("123", "١٢٣", "²", "½", "Ⅻ", "一", "abc", "ǅ", "x\u0301", " \t\x1c", "\u200b", "", "Hello World", "HELLO", "hello", "_x1", "1x"):
    print(repr(w), w.isdecimal(), w.isdigit(), w.isnumeric(), w.isalpha(), w.isalnum(), w.isspace(),
          w.islower(), w.isupper(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
