# Rounding is of the exact binary value, ties to even.
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f} {1e-7:.6f}")
print(f"{0.1:.20f} {1/3:.17g} {2**0.5:.30f}")
