# copy.copy and copy.deepcopy make new bytearrays; deepcopy keeps shared ones shared.
import copy
b = bytearray(b"abc")
c = copy.copy(b)
d = copy.deepcopy(b)
c[0] = 65
d[0] = 66
print(b, c, d, c is b, d is b)
pair = [b, b]
deep = copy.deepcopy(pair)
print(deep[0] is deep[1], deep[0] is b, deep)
shallow = copy.copy(pair)
print(shallow[0] is b)
nested = {"k": [bytearray(b"v")]}
clone = copy.deepcopy(nested)
clone["k"][0].append(33)
print(nested, clone)
