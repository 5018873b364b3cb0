while True:


