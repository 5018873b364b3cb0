students = [("ann", 90), ("bob", 85), ("cid", 90), ("dee", 85), ("eve", 100)]
print(sorted(students, key=lambda s: -s[1]))
print(sorted(students, key=lambda s: (-s[1], s[0])))
print(sorted(students, key=lambda s: s[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d), sorted(d, key=d.get), max(d, key=d.get))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
