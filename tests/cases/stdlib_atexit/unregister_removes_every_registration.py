# unregister(func) drops every registration of func, whatever its arguments;
# register returns func, so it works as a decorator.
import atexit


def log(msg):
    print("log:", msg)


atexit.register(log, "one")
atexit.register(log, "two")
atexit.unregister(log)
atexit.register(log, "three")
atexit.unregister(print)  # never registered: nothing happens


@atexit.register
def final():
    print("final callback")


print(final.__name__, callable(final))
print("end of module")
