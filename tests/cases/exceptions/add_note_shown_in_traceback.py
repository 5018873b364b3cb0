def parse(value):
    try:
        return int(value)
    except ValueError as e:
        e.add_note(f"while parsing {value!r}")
        e.add_note("hint: use digits only")
        raise

print(parse("42"))
try:
    parse("x")
except ValueError as e:
    print(e.__notes__)
parse("4 2")
