def inner():
    try:
        return "inner try"
    finally:
        print("inner finally")

def outer():
    try:
        return inner()
    finally:
        print("outer finally")

print(outer())
