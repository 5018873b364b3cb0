a if b else c
a if b else c if d else e
(a if b else c) if d else e
x = 1 if cond else 2
lambda: a if b else c
[x if x else y for x in z]
f(a if b else c)
