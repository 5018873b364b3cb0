d = {1: "int", 1.0: "float", True: "bool"}
print(d)
print(len(d))
s = {0, 0.0, False, -0.0}
print(s)
d2 = {}
d2[2.0] = "x"
d2[2] = "y"
print(d2)
