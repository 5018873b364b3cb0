x = 1 + \
    2
if a and \
   b:
    pass
y = \
3
assert x, \
    'message'
with a as b, \
     c as d:
    pass
z = 'abc' \
    'def'
