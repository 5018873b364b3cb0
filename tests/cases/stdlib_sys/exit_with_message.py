import sys

try:
    sys.exit("caught me")
except SystemExit as e:
    print("caught:", e.code)
sys.exit("fatal: bad input")
