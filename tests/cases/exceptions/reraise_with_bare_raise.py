def parse(s):
    try:
        return int(s)
    except ValueError:
        print("logging and re-raising")
        raise

try:
    parse("oops")
except ValueError as e:
    print("caller got:", e)
