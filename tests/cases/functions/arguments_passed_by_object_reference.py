def modify(lst, n, s):
    lst.append(4)
    n += 1
    s += "!"
    lst = ["new"]
    return lst, n, s

nums = [1, 2, 3]
count = 1
text = "hi"
print(modify(nums, count, text))
print(nums, count, text)
