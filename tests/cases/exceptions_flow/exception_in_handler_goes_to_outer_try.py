try:
    try:
        raise ValueError("first")
    except ValueError:
        print("handling first")
        raise KeyError("second")
    except KeyError:
        print("sibling handler never sees it")
except KeyError as e:
    print("outer caught", repr(e))
