def f():
    try:
        try:
            print("try ok")
        except KeyError:
            print("inner except (never)")
        else:
            print("else raises")
            {}["k"]
    except KeyError as e:
        print("outer caught", repr(e))

f()
