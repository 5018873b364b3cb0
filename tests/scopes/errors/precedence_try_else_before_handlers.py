for i in range(3):
    pass
try:
    pass
except ValueError:
    return 1
else:
    continue
