s = "banana"
print(s.replace("a", "o"))
print(s.replace("a", "o", 2))
print(s.replace("", "-"))
print(s.find("an"), s.rfind("an"), s.find("x"))
print(s.index("n"), s.rindex("n"))
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""))
print(s.find("a", 2), s.find("a", 2, 3))
try:
    s.index("x")
except ValueError as e:
    print(e)
