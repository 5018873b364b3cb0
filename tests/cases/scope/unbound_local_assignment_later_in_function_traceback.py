total = 10

def show():
    print("total is", total)
    total = 20

show()
