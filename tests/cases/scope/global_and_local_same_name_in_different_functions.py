value = "G"

def reader():
    return value

def writer():
    value = "L"
    return value

def changer():
    global value
    value = "changed"

print(reader(), writer(), reader())
changer()
print(reader(), writer())
