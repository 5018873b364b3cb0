# splitlines breaks at \r\n (as one), \r, \n and the other Unicode line boundaries.
s = "one\r\ntwo\rthree\nfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine\u2029ten"
print(s.splitlines())
print("a\n\nb\r\n".splitlines(True))
print("a\n\nb\r\n".splitlines(keepends=False))
print("".splitlines(), "\n".splitlines())
print("no newline at end".splitlines())
