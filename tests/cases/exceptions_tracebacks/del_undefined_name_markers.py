value = 1
del value
del value
