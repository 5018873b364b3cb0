x = 5
def double():
    x = x * 2
    return x
print(x)  # -> 5
print(double())  # -> 10
