# Ranges compare as the sequences they produce, and hash from (len, start, step) so that
# equal ranges are the same dict key.
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 5)))
print(hash(range(5, 6)) == hash(range(5, 7, 9)), hash(range(0, 10, 3)), hash(range(3)))
d = {range(3): "r"}
print(d[range(0, 3)], range(0, 3) in {range(3)})
print(len({range(0), range(4, 2), range(1, 1, 5)}), range(0, 5, 2) == range(0, 6, 2))
