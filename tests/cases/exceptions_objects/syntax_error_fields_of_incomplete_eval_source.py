# eval() gets no newline appended: an expression cut short at the very end fails at the
# ENDMARKER (offset 0, end offset 0), one followed by a newline at the NEWLINE token (the
# end of the line); a string with no code at all fails on its last line (0 if empty).
sources = [
    "1 +",
    "1 +\n",
    "3 *  ",
    "2 ** # comment",
    "not",
    "obj.",
    "lambda:",
    "a b",
    "",
    "   ",
    "\n",
    "\n\n",
    "# only a comment",
]
for src in sources:
    try:
        eval(src)
    except SyntaxError as e:
        print(f"{src!r:20} {e.msg}: {e.lineno} {e.offset} {e.text!r} {e.end_lineno} {e.end_offset}")
print("exec:")
for src in ["1 +", "1 +\n", "a b\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(f"{src!r:20} {e.msg}: {e.lineno} {e.offset} {e.text!r} {e.end_lineno} {e.end_offset}")
