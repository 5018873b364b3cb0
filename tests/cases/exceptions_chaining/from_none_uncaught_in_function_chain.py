def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"expected digits, got {s!r}") from None

def main():
    return parse("12a")

main()
