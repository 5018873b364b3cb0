def area(w, h):
    return w * h

size = 5
print(area(*size))
