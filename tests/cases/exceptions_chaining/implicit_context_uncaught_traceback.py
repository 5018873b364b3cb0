def load(d):
    try:
        return d["config"]
    except KeyError:
        return int(d["fallback"])

load({"fallback": "abc"})
