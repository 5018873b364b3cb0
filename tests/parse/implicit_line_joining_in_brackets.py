x = (1 +
     2)
y = [1,
  2,
        3]
z = {'a':
     1}
f(a,
  b)
def g(a,
      b):
    return (a
            + b)
if (a and
b):
    pass
