# Wrong calls to str methods: each method family has its own message style.
for call in (lambda: "a".upper(1), lambda: "a".join(), lambda: "a".center(), lambda: "a".find(),
             lambda: "a".find("a", 0, 1, 2), lambda: "a".count("a", x=1), lambda: "a".strip("a", "b"),
             lambda: "a".zfill(1, 2), lambda: str.upper(5), lambda: "a".encode(bogus=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
