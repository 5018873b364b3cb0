if a:
    pass
if a:
    x = 1
else:
    x = 2
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
elif b: pass
else: pass
if a:
    if b:
        pass
    else:
        pass
