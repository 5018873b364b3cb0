# startswith/endswith accept a tuple of alternatives and optional bounds.
url = "https://example.com/index.html"
print(url.startswith(("http://", "https://")), url.endswith((".htm", ".html")))
print(url.startswith("example", 8), url.endswith("example", 0, 15))
print("abc".startswith(()), "ab".startswith("", 2), "ab".startswith("", 3))
for call in (lambda: "abc".startswith(["a"]), lambda: "abc".endswith(("c", 1)), lambda: "abc".endswith((1, "c"))):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
