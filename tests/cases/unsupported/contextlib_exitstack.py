from contextlib import ExitStack

with ExitStack() as stack:
    print("never")
