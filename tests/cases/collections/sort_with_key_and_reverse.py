words = ["banana", "Apple", "cherry", "date", "Fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
nums = [-3, 2, -1, 4]
nums.sort(key=abs)
print(nums)
