# zfill pads with zeros after a leading sign.
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "-".zfill(3), "".zfill(2), "abc".zfill(2), "x-1".zfill(5))
