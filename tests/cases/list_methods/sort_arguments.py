for f in (lambda: [2, 1].sort(None), lambda: [2, 1].sort(cmp=None), lambda: [2, 1].sort(key=3),
          lambda: [].sort(key=3), lambda: [2, 1].sort(reverse="yes")):
    try:
        print(f())
    except TypeError as e:
        print(e)
