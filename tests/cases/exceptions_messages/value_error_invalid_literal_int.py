for text in ["x", "1.5", "", " 12 3", "0x1f"]:
    try:
        int(text)
    except ValueError as e:
        print(e)
try:
    int("z", 16)
except ValueError as e:
    print(e)
