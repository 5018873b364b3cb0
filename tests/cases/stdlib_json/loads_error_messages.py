import json

for bad in ["", "{'a': 1}", '{"a": 1,}', "[1, 2", '{"a" 1}', "[1 2]", "nul", '"unterminated', "1 2", "{\n  \"a\": tru\n}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e)
