def load():
    try:
        data = 1

# the handler was forgotten
