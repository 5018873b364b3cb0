# sys.exit() raises SystemExit; at the interpreter's exit the suspended generator is
# closed: the GeneratorExit thrown into it runs its except and finally blocks.
import sys


def worker():
    try:
        yield 1
    except GeneratorExit:
        print("worker: GeneratorExit")
        raise
    finally:
        print("worker: finally")


w = worker()
next(w)
sys.exit("stopping with a message")
