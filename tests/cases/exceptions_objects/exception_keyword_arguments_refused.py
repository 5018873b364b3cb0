for make in (lambda: ValueError("x", code=1), lambda: ImportError("m", line=3),
             lambda: AttributeError("a", owner=None)):
    try:
        make()
    except TypeError as e:
        print(e)
e = ImportError("cannot load", name="plugin", path="/tmp/plugin.py")
print(e.msg, e.name, e.path, e.args)
e = AttributeError("no x", name="x", obj=42)
print(e.name, e.obj, e.args)
