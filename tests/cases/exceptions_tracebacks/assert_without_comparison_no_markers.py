def check(items):
    assert len(items)

check([])
