def a():
    if b:
        for c in d:
            while e:
                with f:
                    try:
                        g()
                    except:
                        h()
x = 1
def i():
    if j:
        if k:
            pass
    else:
        pass
