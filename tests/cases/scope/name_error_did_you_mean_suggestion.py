def area(width, height):
    result = width * heigth
    return result

print(area(2, 3))
