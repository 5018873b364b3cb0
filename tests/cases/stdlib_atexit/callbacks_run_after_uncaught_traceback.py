# An uncaught exception ends the program: its traceback comes first, then the atexit
# callbacks run, last registered first, with their arguments.
import atexit


def save(path, *, mode="w"):
    print(f"saving to {path} (mode {mode})")


@atexit.register
def announce():
    print("announce: registered first, runs last")


atexit.register(save, "out.txt", mode="a")
atexit.register(print, "print:", "registered last, runs first", sep=" ")
print("result:", 10 / 0)
