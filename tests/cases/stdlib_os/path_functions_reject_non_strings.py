import os

for call in (lambda: os.path.join("a", 3), lambda: os.path.basename(None), lambda: os.fspath(1.5)):
    try:
        call()
    except TypeError as e:
        print(e)
