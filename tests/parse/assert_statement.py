assert x
assert x, 'message'
assert isinstance(x, int), f'bad {x!r}'
assert (x, y)
