import heapq

words = (w for w in "pear fig apple kiwi plum date lime".split())
print(heapq.nsmallest(4, words, key=len))
print(heapq.nlargest(3, iter("pear fig apple kiwi plum".split()), key=len))
