# expandtabs pads to the next multiple of tabsize, restarting the column after newlines.
s = "a\tbc\tdef\tg\n\tx\r12\t3"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr(s.expandtabs(tabsize=1)))
print(repr(s.expandtabs(0)))
print(repr("é\t|".expandtabs(3)))
