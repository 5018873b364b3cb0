# Small ints sit at the slot their value names, so a display prints in value order.
print({3, 1, 2})
print({10, 5, 7, 1})
print({7, 0})
