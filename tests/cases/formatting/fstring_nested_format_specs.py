# f-string specs can be computed; the result goes through format().
width, prec = 12, 3
for x in (3.14159, -2.5, 1234.5678):
    print(f"[{x:{width}.{prec}f}] [{x:>{width}}] [{x:{'+' if x > 0 else ''}.1e}] [{x!r:^{width + 4}}]")
print(f"{'centered':=^{width * 2}}")
