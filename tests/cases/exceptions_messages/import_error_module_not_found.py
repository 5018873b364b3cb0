try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(e)
