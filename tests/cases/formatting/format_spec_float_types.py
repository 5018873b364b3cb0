# Float presentation types and precisions.
for x in (3.14159265, -0.000123456, 1234567.891, 1e21, 0.5, 2.5):
    print(f"{x:f} {x:.2f} {x:e} {x:.3E} {x:g} {x:.3G} {x:%} {x:.1%} {x:n} {x} {x:.3} {x:12.4}")
