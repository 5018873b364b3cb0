def repeat(times):
    return times + "x"

@repeat(
    3)
def hello():
    print("hi")
