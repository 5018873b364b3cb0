print(repr(ValueError("it's")))
print(repr(ValueError('say "hi"')))
print(repr(ValueError("line\nbreak")))
