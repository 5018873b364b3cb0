print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=31))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:.3}".format("truncate"))
print("{!r}".format("x"))
print("{{}} {}".format("braces"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
