# update() takes any iterables; a dict contributes its keys with their stored hashes.
s = {1}
s.update({40: 'a', 8: 'b'}, [16, 1], (24,))
print(s)
print(set({5: 0, 13: 0, 21: 0}))
s.difference_update([8], {16: 0})
print(s)
s.intersection_update([1, 24, 99], {24, 1})
print(s)
