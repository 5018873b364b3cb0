a.b
a.b.c.d
a.b().c[0].d()
obj.method(arg).other
'sep'.join(items)
(1).real
1 .real
1.0.real
x = a.b = c.d
