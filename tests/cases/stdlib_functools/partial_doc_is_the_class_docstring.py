import functools
p = functools.partial(print, 1)
print(repr(p.__doc__), repr(functools.partial.__doc__))
help_text = p.__doc__.splitlines()[0]
print(help_text)
