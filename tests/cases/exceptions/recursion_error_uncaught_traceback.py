def countdown(n):
    print(n) if n % 300 == 0 else None
    return countdown(n - 1)

countdown(0)
