# leading comment

# another

x = 1  # trailing comment
    # indented comment in the middle

def f():
    # comment inside block

    return x  # trailing

        # over-indented comment
# dedented comment
    # comment with different indent
y = [
    1,  # in a list
    # own line in a list
    2,
]
# final comment
