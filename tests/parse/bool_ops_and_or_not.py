not a == b
not a and b
a and b or c
a or b and c
a and b and c
a or b or c
(a and b) and c
a and (b and c)
not not x
a or not b
x = a and b or not c and d
