def todo():
    pass

def later():
    ...

class Empty:
    pass

print(todo(), later(), Empty.__name__)
print(...)
print(Ellipsis is ...)
for _ in range(2):
    pass
print("end")
