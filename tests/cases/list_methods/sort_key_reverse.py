words = ["pear", "Fig", "apple", "fig", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [3, -1, 2.5, 0, -7]
nums.sort(key=abs)
print(nums)
