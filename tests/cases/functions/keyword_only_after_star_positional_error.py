def connect(host, *, port=80, timeout=5):
    return f"{host}:{port} ({timeout}s)"

print(connect("a"))
print(connect("b", port=8080))
print(connect(timeout=1, host="c"))
connect("d", 443)
