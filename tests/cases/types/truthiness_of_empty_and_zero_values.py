values = [0, 0.0, -0.0, 0j, "", " ", [], [0], (), ((),), {}, set(), None, "0", "False", range(0), range(1)]
for v in values:
    print(repr(v), bool(v))
print(bool(float("nan")))
