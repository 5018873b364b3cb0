try:
    try:
        raise ValueError("same")
    except ValueError as first:
        saved = first
        raise
except ValueError as second:
    print(second is saved)
