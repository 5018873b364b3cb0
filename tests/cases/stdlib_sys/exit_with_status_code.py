import sys

def main():
    print("working")
    return 3

status = main()
print("exiting with", status)
sys.exit(status)
print("never printed")
