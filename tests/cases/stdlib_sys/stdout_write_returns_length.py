import sys

n = sys.stdout.write("no newline")
sys.stdout.write("\n")
print(n)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.float_info.epsilon)
