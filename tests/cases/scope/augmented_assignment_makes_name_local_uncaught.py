total = 10

def show():
    print(total)

def add(n):
    total += n
    return total

show()
add(5)
