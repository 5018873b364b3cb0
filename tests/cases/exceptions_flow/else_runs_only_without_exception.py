def attempt(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        print("except for", x)
    else:
        print("else for", x, "->", y)

attempt(5)
attempt(0)
