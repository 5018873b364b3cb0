values = [[y for y in (z := range(2))] for x in range(3)]
