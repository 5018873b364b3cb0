# count finds non-overlapping occurrences; the empty string is counted between characters.
print("aaaa".count("aa"), "banana".count("an"), "banana".count("a", 2), "banana".count("a", 2, -2))
print("abc".count(""), "abc".count("", 1), "abc".count("", 3), "abc".count("", 4), "".count(""))
print("ééé".count("é"), "ééé".count("é", 1))
try:
    "abc".count(1)
except TypeError as e:
    print("TypeError:", e)
