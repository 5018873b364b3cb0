import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(100)

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), sys.maxsize, sys.maxsize + 1 > 2 ** 63 - 1)
