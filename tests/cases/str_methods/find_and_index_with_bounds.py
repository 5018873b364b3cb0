# find/rfind/index/rindex take slice-like bounds and return positions in characters.
s = "héllo wörld"
print(s.find("l"), s.rfind("l"), s.find("ö"), s.find("l", 4), s.find("l", -3), s.find("l", 0, 2))
print(s.index("w"), s.rindex("l", 0, 5))
print("abc".find(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""))
print("abc".find("c", None, 10**30), "abc".find("a", -10**30))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.find("l", 1.5)
except TypeError as e:
    print("TypeError:", e)
