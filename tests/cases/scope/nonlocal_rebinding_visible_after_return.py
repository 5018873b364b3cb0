def outer():
    items = "start"
    def change():
        nonlocal items
        items = "changed"
    print(items)
    change()
    print(items)
    return change

ch = outer()
ch()
print("ok")
