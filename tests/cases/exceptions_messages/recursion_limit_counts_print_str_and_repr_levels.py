# Where a runaway recursion stops depends on the C-level calls each level makes: print
# to standard output makes two (so it fails first, "while calling a Python object"),
# str() one ("while getting the str of an object"), repr() of a list one per nesting.
last = 0

def with_print(n):
    global last
    last = n
    print(n, end=" " if n % 50 else "\n")
    with_print(n + 1)

def with_str(n):
    global last
    last = n
    str(n)
    with_str(n + 1)

def with_repr_list(n):
    global last
    last = n
    repr([n, (n,)])
    with_repr_list(n + 1)

def with_sorted(n):
    global last
    last = n
    sorted([2, 1])
    with_sorted(n + 1)

for f in [with_print, with_str, with_repr_list, with_sorted]:
    try:
        f(0)
    except RecursionError as e:
        print()
        print(f.__name__, last, e)
