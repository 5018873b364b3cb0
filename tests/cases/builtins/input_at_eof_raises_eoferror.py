first = input("first: ")
print("got", repr(first))
try:
    input("second: ")
except EOFError as e:
    print("EOFError:", e)
