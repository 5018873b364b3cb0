errors = ((ValueError, TypeError), KeyError)
try:
    raise TypeError("nested")
except errors as e:
    print("caught by a nested tuple:", e)
