o = object()
print(type(o).__name__, hasattr(o, "__dict__"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
o.name = "anything"
