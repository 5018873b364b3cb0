def f():
    try:
        try:
            try:
                raise ValueError("x")
            finally:
                print("finally 1")
        finally:
            print("finally 2")
    finally:
        print("finally 3")

try:
    f()
except ValueError:
    print("caught at the top")
