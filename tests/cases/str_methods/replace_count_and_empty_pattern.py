# replace takes an optional count; an empty pattern matches between every character.
print("a-b-c-d".replace("-", "+"), "a-b-c-d".replace("-", "+", 2), "a-b".replace("-", "+", -1))
print("abc".replace("", "|"), "abc".replace("", "|", 2), "".replace("", "x"))
print("ééé".replace("é", "e", 1), "aaa".replace("aa", "b"))
for call in (lambda: "a".replace("a"), lambda: "a".replace(1, "b"), lambda: "a".replace("a", "b", "c")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
