# '#' keeps the decimal point and trailing zeros; 'z' turns a rounded -0 into 0.
print(f"{1.0:#g} {1.0:#.0f} {1.0:#.0e} {100.0:#.3g} {1.0:#}")
print(f"{-0.0:f} {-0.0:z.1f} {-0.0001:z.2f} {-0.0001:z.2e} {-0.0:z} {-1e-9:+z.3f}")
