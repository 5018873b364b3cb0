def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)

result = stats([4, 8, 6])
print(result, type(result).__name__)
lo, hi, avg = stats([1, 2])
print(lo, hi, avg)
def one():
    return 1,
print(one())
