config = {"host": "x"}
print("port:", config["port"])
