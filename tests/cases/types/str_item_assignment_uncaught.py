word = "hello"
chars = list(word)
chars[0] = "j"
print("".join(chars), word)
print(word.replace("h", "j"), word)
word[0] = "j"
