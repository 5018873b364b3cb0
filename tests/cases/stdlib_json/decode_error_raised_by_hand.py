# JSONDecodeError(msg, doc, pos) computes its message and lineno/colno from doc and pos
# when a program constructs it itself, exactly as when json.loads raises it.
import json

e = json.JSONDecodeError("Expecting thing", "doc\nline2", 6)
print(e, e.args)
print(repr(e.msg), repr(e.doc), e.pos, e.lineno, e.colno)
print(repr(json.JSONDecodeError("m", "abc", -1)))
print(json.JSONDecodeError(msg="k", doc="a\n\nb", pos=3))
print(json.JSONDecodeError("m", "abc", 100).colno)
print(json.JSONDecodeError(ValueError("x"), "", 0))

for bad in [("m", 5, 0), ("m", "d", 1.5), ("m", "d", None), ("m", "d"), ("m", "d", 1, 2), ()]:
    try:
        json.JSONDecodeError(*bad)
    except Exception as ex:
        print(type(ex).__name__, ex)


class ConfigError(json.JSONDecodeError):
    pass


try:
    raise ConfigError("bad value", '{"a": 1}', 5)
except ValueError as ex:
    print(type(ex).__name__, ex, ex.pos)

raise json.JSONDecodeError("Expecting thing", "x\ny", 3)
