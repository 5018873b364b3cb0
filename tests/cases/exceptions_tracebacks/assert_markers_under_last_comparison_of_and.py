def check(lo, hi):
    assert lo >= 0 and hi > lo

check(5, 1)
