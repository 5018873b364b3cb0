# exec() reads its string as CPython's string tokenizer does: a block missing at the end
# of the source is reported at the end of the last line, a block cut short by a dedent at
# offset 0, and both have no end offset.
sources = [
    "if x:\n",
    "for x in y:\n    if x:\n",
    "if x:\n\n\n",
    "if x:\n# only a comment\n",
    "try:\n    pass\n",
    "try:\n    pass",
    "try:\n    pass\n# handler forgotten\n",
    "def f():\n    try:\n        pass\nx = 1\n",
    "try:\n    pass\nx = 1\n",
]
for src in sources:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
        print("   ", e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
