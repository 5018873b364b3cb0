def setup():
    global config, counter
    config = {"debug": True}
    counter = 0

def bump():
    global counter
    counter += 1
    return counter

print("config" in globals())
setup()
print(config, bump(), bump(), counter)

def shadow():
    counter = 100
    return counter

print(shadow(), counter)
