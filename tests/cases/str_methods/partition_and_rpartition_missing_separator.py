# partition always returns three parts; a missing separator leaves the whole string on
# the left (partition) or the right (rpartition).
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
for call in (lambda: "x".partition(""), lambda: "x".rpartition(3)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
