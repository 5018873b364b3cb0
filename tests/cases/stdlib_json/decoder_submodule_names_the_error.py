# JSONDecodeError lives in json.decoder (so its repr names that module) and json re-exports
# it: the three spellings are one class, and a ValueError handler catches it too.
import json
import json.decoder
from json.decoder import JSONDecodeError

print(json.decoder.JSONDecodeError is json.JSONDecodeError is JSONDecodeError)
print(json.encoder.JSONEncoder is json.JSONEncoder, JSONDecodeError.__mro__[1].__name__)
for text in ['{"a": }', "[1, 2", '{"a": 1} x']:
    try:
        json.loads(text)
    except json.decoder.JSONDecodeError as e:
        print(type(e), e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads("nope")
except ValueError as e:
    print(repr(e))
