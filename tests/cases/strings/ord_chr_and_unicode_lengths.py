s = "naïve café 中文"
print(len(s))
print([ord(c) for c in "aA€"])
print(chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
print(len("😀"), len("😀".encode()))
print(s.encode("utf-8")[:8])
print(s.upper())
