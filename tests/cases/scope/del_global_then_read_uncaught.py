value = 1

def reset():
    global value
    del value

def read():
    return value

print(read())
reset()
print("value" in globals())
read()
