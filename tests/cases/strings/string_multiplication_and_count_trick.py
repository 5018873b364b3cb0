line = "-" * 20
print(line)
print("=+" * 3 + "=")
print(("ab" * 3).count("ba"))
print(len("x" * 0), "x" * True)
