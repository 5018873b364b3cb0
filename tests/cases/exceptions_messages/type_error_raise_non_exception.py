for thing in (42, "text", object):
    try:
        raise thing
    except TypeError as e:
        print(e)
