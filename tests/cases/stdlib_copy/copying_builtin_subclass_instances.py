import copy
import json

class Tags(list):
    pass

class Config(dict):
    pass

t = Tags(["a", ["nested"]])
t.owner = "me"
shallow = copy.copy(t)
deep = copy.deepcopy(t)
shallow.append("b")
t[1].append("x")
print(t, shallow, deep, type(shallow).__name__, shallow.owner, deep.owner)
c = Config(port=80, hosts=["h1"])
c2 = copy.copy(c)
c2["port"] = 8080
print(c, c2, c2["hosts"] is c["hosts"], copy.deepcopy(c)["hosts"] is c["hosts"])
print(json.dumps(c), json.dumps(Tags([1, 2])), dict(c), {**c, "extra": 1})
