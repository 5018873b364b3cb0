# encode: UTF-8, ASCII and Latin-1, with the error handlers and their messages.
s = "café €5"
print(s.encode(), s.encode("utf8"), s.encode("latin-1", "replace"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
for call in (lambda: s.encode("ascii"), lambda: "€€x".encode("latin-1"), lambda: s.encode("klingon"),
             lambda: s.encode("ascii", "nonsense")):
    try:
        call()
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
