from bisect import bisect_left

names = ["alice", "carol", "eve"]
for n in ["bob", "alice", "zed"]:
    print(n, bisect_left(names, n))
