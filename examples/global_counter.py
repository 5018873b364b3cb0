# `global` makes assignments in a function rebind the module's name.
calls = 0


def tick():
    global calls
    calls += 1
    return calls


tick()
tick()
print("calls:", calls)
