# bytes methods mirror str's but know only ASCII letters and whitespace.
data = b"Hello,\xe9World \x1c  again\n"
print(data.upper(), data.title(), data.swapcase())
print(data.split(), data.split(b","), data.strip(), data.rstrip(b"\n"))
print(data.find(b"World"), data.find(0xe9), data.count(b"l"), data.startswith((b"x", b"Hell")))
print(b"-".join([b"a", b"b"]), b"ab".center(6, b"*"), b"-7".zfill(4), bytes.fromhex("de ad be ef").hex(":"))
print(b"abc".isalpha(), b"\xe9".isalpha(), b"\x1c".isspace(), b"Ab Cd".istitle())
for call in (lambda: data.find("W"), lambda: data.split(","), lambda: b"-".join(["a"]), lambda: data.find(300)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
