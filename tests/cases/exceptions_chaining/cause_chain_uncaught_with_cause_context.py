try:
    try:
        raise KeyError("root")
    except KeyError as e:
        raise ValueError("middle") from e
except ValueError as e:
    raise RuntimeError("top") from e
