for f in (lambda: [].append(), lambda: [].append(1, 2), lambda: [].insert(1),
          lambda: [].index(), lambda: [].count(x=1), lambda: list.append((), 1)):
    try:
        f()
    except TypeError as e:
        print(e)
