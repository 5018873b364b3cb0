def parse(line):
    try:
        return int(line)
    except ValueError as e:
        e.add_note(f"while parsing line {line!r}")
        raise

try:
    parse("x1")
except ValueError as e:
    print(e)
    print(e.__notes__)
