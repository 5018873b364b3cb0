s = "abc"
try:
    s[3]
except IndexError as e:
    print("IndexError:", e)
try:
    s["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
