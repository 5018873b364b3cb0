def connect(host, *, port=80, timeout):
    return host, port, timeout

print(connect("h", timeout=5))
print(connect("h", port=8080, timeout=1))
try:
    connect("h", 8080, 5)
except TypeError as e:
    print(e)
try:
    connect("h")
except TypeError as e:
    print(e)
