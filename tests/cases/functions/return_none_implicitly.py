def nothing():
    pass

def early(x):
    if x:
        return
    return "late"

def print_only():
    print("side effect")

print(nothing(), early(1), early(0))
print(print_only())
