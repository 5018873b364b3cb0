import heapq

a = ["apple", "melon"]
b = ["banana", "cherry", "zucchini"]
for word in heapq.merge(a, b):
    print(word, end=" ")
print()
