# A script's globals hold __file__, its path, so
# os.path can find the script's name and folder.
import os

print(os.path.basename(__file__), "__file__" in globals())
name, ext = os.path.splitext(os.path.basename(__file__))
print(name.upper(), ext)
