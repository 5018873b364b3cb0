def risky(kind):
    if kind == 0:
        return [][1]
    if kind == 1:
        return {}["k"]
    return int("z")

for k in range(3):
    try:
        risky(k)
    except (IndexError, KeyError) as e:
        print("lookup problem:", type(e).__name__, e)
    except ValueError as e:
        print("value problem:", e)
