# join accepts any iterable of strings and names the first item that is not one.
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join({"k": 1, "j": 2}), repr("x".join([])))
print("+".join(c for c in "abc"))
for call in (lambda: "-".join(["a", 2, "c"]), lambda: "-".join([None]), lambda: "-".join(5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
