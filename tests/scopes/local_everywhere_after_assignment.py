total = 100


def report():
    print(total)
    total = 0


try:
    report()
except UnboundLocalError as e:
    print(type(e).__name__)
