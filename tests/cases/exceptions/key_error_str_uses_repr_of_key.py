for exc in (KeyError("name"), KeyError(3), KeyError(), KeyError("a", "b"), ValueError("name"), IndexError("name")):
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(f"Missing key: {e}")
    print("Missing key: " + e.args[0])
d = {}
d[("x", 1)]
