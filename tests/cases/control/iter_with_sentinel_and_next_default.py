data = [3, 2, 1, 0, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
print(next(it, "empty"), next(it, "empty"))
nums = iter(range(3))
print(next(nums), next(nums), next(nums), next(nums, None))
