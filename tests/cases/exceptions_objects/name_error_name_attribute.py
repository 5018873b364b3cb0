try:
    undefined_thing
except NameError as e:
    print(e.name)
    print(e.args)
