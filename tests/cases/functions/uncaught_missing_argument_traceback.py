def connect(host, port):
    return f"{host}:{port}"

def main():
    print(connect("localhost", 80))
    print(connect("localhost"))

main()
