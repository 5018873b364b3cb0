print("oops)
