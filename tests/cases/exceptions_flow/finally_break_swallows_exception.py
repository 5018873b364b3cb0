for i in range(3):
    try:
        print("raising in", i)
        raise RuntimeError(i)
    finally:
        break
print("loop left quietly")
