class Boom(Exception):
    pass

for thing in (Boom, Boom("msg")):
    try:
        raise thing
    except Boom as e:
        print(repr(e), e.args)
