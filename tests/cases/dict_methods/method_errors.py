for f in (lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.pop(), lambda: {}.keys(1),
          lambda: {1: 2}.get([]), lambda: {}.update({}, {}), lambda: dict.get([], 1),
          lambda: hash({}.keys()), lambda: {}.setdefault()):
    try:
        f()
    except TypeError as e:
        print(e)
