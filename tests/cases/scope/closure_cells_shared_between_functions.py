def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put

get, put = pair()
print(get())
put(42)
print(get())
g2, p2 = pair()
print(g2(), get())
