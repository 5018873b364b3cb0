from contextlib import closing

class Resource:
    def close(self):
        print("closed")

try:
    with closing(Resource()) as r:
        print(type(r).__name__)
        raise ValueError("oops")
except ValueError:
    print("handled")
