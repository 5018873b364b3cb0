s = "they're bill's friends from the UK"
print(s.title())
print(s.capitalize())
print("hELLO wORLD".swapcase(), "hello world".title().istitle())
print(" ".join(w.capitalize() for w in s.split()))
print("ß".upper(), "ǅ".lower(), "ǆ".title())
print("a1b2c3".title(), "3rd place".title(), "o'neil mc-donald".title())
print("word".center(10, "*"), "|" + "x".ljust(3) + "|")
