# strip removes any of the given characters (a set, not a prefix) or Unicode whitespace.
print(repr("  \t padded \n ".strip()), repr("\x1c\u3000x\xa0".strip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print("www.example.com".strip("cmowz."))
print(repr("abc".strip("")), repr("aaa".strip("a")))
try:
    "x".strip(0)
except TypeError as e:
    print("TypeError:", e)
