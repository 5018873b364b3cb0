# The process keeps the low 8 bits of the exit code: sys.exit(-1) ends with status 255
# (after the finally block runs).
import sys

try:
    sys.exit(-1)
finally:
    print("finally runs before the interpreter exits")
