# maketrans builds a code point table; translate maps, deletes (None) or keeps characters.
table = str.maketrans("abc", "xyz", "d")
print(table)
print("abcdabcd".translate(table))
print("hello".translate({108: "L!", 111: None}))
print("hello".translate(str.maketrans({"h": "J", "e": None})))
print("abc".translate([None] * 98))
for call in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
             lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000})):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
