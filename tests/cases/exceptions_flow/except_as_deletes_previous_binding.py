e = "I was here first"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("e" in globals())
