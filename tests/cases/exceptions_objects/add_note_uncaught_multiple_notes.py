def check(x):
    if x < 0:
        err = ValueError(f"negative: {x}")
        err.add_note("hint: pass a positive number")
        err.add_note("called from check()")
        raise err

check(-5)
