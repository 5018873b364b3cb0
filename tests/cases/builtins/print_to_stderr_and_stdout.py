import sys

print("result:", 42)
print("warning: value is low", file=sys.stderr)
sys.stderr.write("raw stderr line\n")
print("done", file=sys.stdout)
