packet = b"id=%d" % 7
print(packet)
