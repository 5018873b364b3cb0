for i in range(3):
    pass
print(i)

def f():
    for j in []:
        pass
    return j

try:
    f()
except UnboundLocalError as e:
    print(e)
