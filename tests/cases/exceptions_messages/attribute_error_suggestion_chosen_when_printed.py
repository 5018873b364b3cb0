class Thing:
    pass

t = Thing()
try:
    t.colour
except AttributeError as e:
    err = e
t.color = "red"
raise err
