data = [[1, 2], [3, 4]]
value = data[1][5]
