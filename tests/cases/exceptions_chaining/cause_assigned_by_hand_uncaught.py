err = ValueError("outer")
err.__cause__ = KeyError("attached later")
raise err
