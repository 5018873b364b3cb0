def f():
    d = {key1: val1, key2: val2, **others}
    s = {elem1, *elems}
    return d, s, call(arg1, *star, kw=kwval, **kwargs)[index:stop:step]
