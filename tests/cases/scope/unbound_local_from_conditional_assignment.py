def f(flag):
    if flag:
        value = "set"
    return value

print(f(True))
try:
    f(False)
except UnboundLocalError as e:
    print(e)
