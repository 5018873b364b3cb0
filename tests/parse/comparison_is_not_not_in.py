a is b
a is not b
a in b
a not in b
a is not None
x not in y in z
not a in b
not a is b
