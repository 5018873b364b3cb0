print(__name__)
if __name__ == "__main__":
    print("run as a script")

def where():
    return __name__

print(where())
