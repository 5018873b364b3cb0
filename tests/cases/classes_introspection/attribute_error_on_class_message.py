class Registry:
    pass

try:
    Registry.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Registry().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Registry.missing
except AttributeError as e:
    print("AttributeError:", e)
