def v(label, value):
    print("eval", label)
    return value

result = v("a", 1) + v("b", 2) * v("c", 3)
print(result)
d = {v("k1", "x"): v("v1", 1), v("k2", "y"): v("v2", 2)}
print(d)
print(v("f", max)(v("arg1", 1), v("arg2", 2)))
v("target", [0])[v("index", 0)] = v("value", 5)
