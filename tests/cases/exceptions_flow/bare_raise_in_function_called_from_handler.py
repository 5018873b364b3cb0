def reraise():
    raise

try:
    try:
        raise KeyError("deep")
    except KeyError:
        reraise()
except KeyError as e:
    print("re-raised from a helper:", repr(e))
