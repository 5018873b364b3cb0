prices = {}
key = ["apple", "pear"]
prices[key] = 3
print(prices)
