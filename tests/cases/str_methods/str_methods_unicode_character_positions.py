# Positions and widths count characters, not bytes.
s = "naïve café 😀 ok"
print(len(s), s.find("café"), s.index("😀"), s.rfind("ok"), s.count("é"))
print(s.split(" "), s.partition("😀"))
print(s.center(20, "·"), s.ljust(18, "_") + "|")
