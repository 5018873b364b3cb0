def attempt():
    try:
        first = int("1")
    except ValueError as problem:
        handled = problem
    else:
        succeeded = first
    finally:
        cleanup = True
    return cleanup
