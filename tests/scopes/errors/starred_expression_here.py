value = *range(3)
