class Point:
    pass

for coord in Point():
    print(coord)
