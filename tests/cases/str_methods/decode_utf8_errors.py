# bytes.decode reports invalid UTF-8 the way CPython's decoder classifies it.
for data in (b"\xff", b"ok\xe2\x82", b"\xe2\x82x", b"\xe0\x80", b"\xed\xa0\x80"):
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(repr(data.decode("utf-8", "replace")), repr(data.decode("utf-8", "ignore")))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"))
