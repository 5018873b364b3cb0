data = [1]
for action in (lambda: data.__setitem__(3, 0), lambda: [].pop(), lambda: data.pop(7), lambda: data.__delitem__(9)):
    try:
        action()
    except IndexError as e:
        print(e)
