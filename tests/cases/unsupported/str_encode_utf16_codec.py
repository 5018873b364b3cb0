data = "caf\u00e9"
print(data.encode("utf-8"))
print(data.encode("utf-16-le"))
