# traceback.format_exc() inside a handler gives the text an uncaught exception would print
# (from the raising frame up to the handling one), with the chain; limit= keeps the first
# frames (negative: the last), chain=False drops the cause. print_exc() writes to stderr.
# (Texts naming the file go to stderr, where the file's path is the same for every run.)
import sys
import traceback


def level3():
    return {"a": 1}["b"]


def level2():
    return level3()


def level1():
    try:
        level2()
    except KeyError as e:
        raise ValueError("wrapped") from e


try:
    level1()
except ValueError:
    sys.stderr.write(traceback.format_exc())
    sys.stderr.write(traceback.format_exc(limit=1))
    sys.stderr.write(traceback.format_exc(limit=-1, chain=False))
    traceback.print_exc()
    print(traceback.format_exc().count("\n"), traceback.format_exc(chain=False).count("\n"))
print(repr(traceback.format_exc()))

for n in range(4):
    try:
        if n % 2:
            raise ArithmeticError(f"odd {n}")
    except ArithmeticError:
        print("logged:", traceback.format_exc().splitlines()[-1])
sys.stderr.write("end\n")
