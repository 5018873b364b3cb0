from collections import ChainMap

defaults = {"color": "red"}
print("before")
settings = ChainMap({}, defaults)
print(settings["color"])
