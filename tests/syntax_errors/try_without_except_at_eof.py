try:
    result = 1 / 0
