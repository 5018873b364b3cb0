def parse(text):
    try:
        value = int(text)
    except ValueError as err:
        print('not a number:', err)
        return None
    except (TypeError, OverflowError):
        raise
    else:
        print('parsed', value)
        return value
    finally:
        print('always runs')

try:
    parse('12')
except Exception:
    pass
