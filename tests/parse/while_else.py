while x:
    x -= 1
while x:
    pass
else:
    done()
while True: break
