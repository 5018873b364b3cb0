class Widget:
    color = "blue"
    size = 1

w = Widget()
w.color = "red"
print(w.color, Widget.color)
del w.color
print(w.color)
try:
    del w.color
except AttributeError as e:
    print("AttributeError:", e)
Widget.color = "green"
print(w.color)
w.size += 1
print(w.size, Widget.size, w.__dict__)
print(getattr(w, "weight", "n/a"))
