from itertools import zip_longest

names = ["ann", "bob", "cy"]
scores = [90, 85]
print(list(zip(names, scores)))
print(list(zip_longest(names, scores)))
print(list(zip_longest(names, scores, fillvalue=0)))
