x
f()
a.b
1 + 2
'string'
x, y
*a, b
await_ = x
a if b else c
lambda: 0
x < y
