def label(count):
    return "count: " + count

def report(n):
    return label(n).upper()

print(report("3"))
print(report(3))
