import sys

print(sys.argv)
n = int(sys.stdin.readline())
nums = list(map(int, sys.stdin.readline().split()))
print(n, sum(nums))
print(sys.stdin.read().split())
