word = "Mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print("ss" in word, "sss" in word)
print(list("abc"))
print([c for c in word if c in "aeiou"])
print(word.lower().count("s"))
