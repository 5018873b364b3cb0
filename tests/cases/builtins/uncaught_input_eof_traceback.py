print("waiting")
value = input("> ")
print(value)
