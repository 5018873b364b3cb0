import bisect

scores = []
for s in [70, 50, 90, 50, 80]:
    bisect.insort(scores, s)
print(scores)
