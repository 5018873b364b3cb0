try:
    try:
        raise KeyError("k")
    except KeyError:
        print("inner handled")
except KeyError:
    print("outer never")
print("done")
