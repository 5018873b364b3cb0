# A SyntaxError from exec() quotes its line with the newline exec's file reading adds,
# eval() quotes the string as given (leading spaces dropped); the tokenizer's errors quote
# a line without it; indentation errors have no end_offset (-1), an unclosed bracket 0.
sources = [
    "x = = 2",
    "if 1:\npass",
    "if 1:\n    try:\nx = 1\n",
    "  x = 1",
    "x = (1,\ny = 2",
    "0o19",
    "for x in range(3):\n    pass\n  print(x)",
    "if 1:",
]
for src in sources:
    for run in (exec, eval):
        try:
            run(src)
        except SyntaxError as e:
            print(run.__name__, type(e).__name__, e.msg)
            print("   ", repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
exec("if True:\n    while True:\nbreak\n")
