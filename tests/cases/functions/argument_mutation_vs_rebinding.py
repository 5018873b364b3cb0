def modify(items, count, text):
    items.append(4)
    items = [100]
    items.append(200)
    count += 1
    text += "!"
    return items, count, text

nums = [1, 2, 3]
n = 10
s = "hi"
result = modify(nums, n, s)
print(result)
print(nums, n, s)

def clear_both(a, b):
    a.clear()
    b = []

x = [1]
y = [2]
clear_both(x, y)
print(x, y)
