for i in range(3):
    try:
        raise ValueError(i)
    finally:
        print("finally", i)
        continue
print("all three swallowed")
