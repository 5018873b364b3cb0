# Complex numbers: both parts share the spec; without a type it looks like repr.
z = complex(1.5, -2.25)
print(f"{z} {z:.2f} {z:+.1e} {z:>20} {z:*^22.3g} {z:g}")
print(f"{complex(0, 2)} {complex(-0.0, 2):} {complex(0, 2):.1f} {complex(3, 0):}")
for spec in ("010", "=10", "%", "c"):
    try:
        format(z, spec)
    except ValueError as e:
        print("ValueError:", e)
