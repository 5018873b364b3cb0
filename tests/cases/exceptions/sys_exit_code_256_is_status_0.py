# The process keeps the low 8 bits of the exit code: 256 is status 0, a success.
import sys


def main():
    print("main returns 256")
    return 256


sys.exit(main())
