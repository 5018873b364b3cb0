value = 1
try:
    valeu
except NameError as e:
    print(e)
