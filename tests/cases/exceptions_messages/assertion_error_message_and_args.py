for x in (1, -1):
    try:
        assert x > 0, ("tuple", x)
        print("passed for", x)
    except AssertionError as e:
        print(e.args, str(e))
try:
    assert False
except AssertionError as e:
    print(e.args, repr(e))
