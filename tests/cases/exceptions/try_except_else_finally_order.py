def run(x):
    try:
        print("try", x)
        result = 10 / x
    except ZeroDivisionError:
        print("except")
    else:
        print("else", result)
    finally:
        print("finally")
    print("after")

run(2)
run(0)
