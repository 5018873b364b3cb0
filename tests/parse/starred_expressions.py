a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(*a,) = b
[*a, *b]
(*a, *b)
{*a, *b}
print(*args, sep='')
for *a, b in c:
    pass
x = *a, *b
def f():
    return *a, b
