if a:
	x = 1
	if b:
		y = 2
	else:
		y = 3
z = 4
