length = 5
try:
    print(lenght)
except NameError as e:
    print(e)
try:
    undefined_thing
except NameError as e:
    print(e)
