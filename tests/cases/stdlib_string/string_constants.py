import string

print(string.ascii_lowercase)
print(string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
text = "Hello, World! 123"
print(sum(c in string.punctuation for c in text), "".join(c for c in text if c in string.ascii_letters))
print(string.capwords("the quick  brown fox"))
