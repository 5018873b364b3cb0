class NotAManager:
    def __enter__(self):
        print("enter is not even called")
        return self

try:
    with NotAManager():
        print("never")
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

class Good:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        print("exit", a)

with Good() as g:
    print("got", g)
with 42 as n:
    print(n)
