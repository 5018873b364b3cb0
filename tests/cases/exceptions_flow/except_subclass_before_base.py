def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"

print(classify(KeyError("a")))
print(classify(IndexError(0)))
print(classify(ValueError()))
