for text in ["12.5", "abc", "", " 0x10", "08"]:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print(e)
print(int("08", 10))
