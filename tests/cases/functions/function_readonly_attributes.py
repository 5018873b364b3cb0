# A function's __closure__ and __globals__ cannot be replaced.
def f():
    pass


for name in ["__closure__", "__globals__"]:
    try:
        setattr(f, name, None)
    except AttributeError as e:
        print(name, e)
f.__closure__ = ()
