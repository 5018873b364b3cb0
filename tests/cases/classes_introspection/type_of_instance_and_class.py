class Widget:
    pass

w = Widget()
print(type(w))
print(type(w).__name__, type(w) is Widget)
print(type(Widget), type(type), type(object))
print(w.__class__ is Widget, Widget.__class__ is type)
