def read_all(chunks):
    out = []
    while (chunk := next(chunks, None)) is not None:
        out.append(chunk)
    return out
