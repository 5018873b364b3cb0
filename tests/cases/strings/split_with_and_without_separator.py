s = "  a  b   c  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","))
print("a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1))
print("".split(), "".split(","))
print("line1\nline2\r\nline3\n".splitlines())
print("line1\nline2\n".splitlines(keepends=True))
print("a b".split(None, 0))
try:
    "abc".split("")
except ValueError as e:
    print(e)
