import sys
try:
    sys.exit(3)
except BaseException as e:
    print("caught", type(e).__name__, e.code)
print("still running")
