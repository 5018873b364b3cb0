import os

src = "data/raw/input.csv"
folder, name = os.path.split(src)
stem, ext = os.path.splitext(name)
out = os.path.join(os.path.dirname(folder), "clean", stem + "_clean" + ext)
print(out)
