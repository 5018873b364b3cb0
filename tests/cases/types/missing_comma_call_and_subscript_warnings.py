# A call or subscript of a literal or display that cannot work is warned about at
# compile time as a probably missing comma (after constant folding: -1 is an int).
x = 0
if x:
    a = [(1, 2) (3, 4)]
    b = [1, 2] ["a"]
    c = None[0]
    d = (1, 2)["x"]
    e = {1}[0]
    f = "abc"[1.5]
    g = "ab"(1)
    h = [y for y in "a"](1)
    i = (lambda: 0)[0]
    j = "ab"[None]
    k = -1(2)
    m = [1][-1.0]
    n = True[0]
# No warning: these are fine, or not literals.
ok = ["ab"[-1], "ab"[True], (1, 2)[0:1], {"k": 1}["k"], f"ab"[0]]
print(ok)
points = [
    (1, 2)
    (3, 4),
]
