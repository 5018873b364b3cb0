def f():
    try:
        print("body")
    finally:
        print("finally")
    print("after")

f()
