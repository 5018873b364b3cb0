# `key in d` compares with the stored key's __eq__, which here changes the dict itself.
class Key:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d["added"] = True
        return True

d = {}
d[Key(d)] = "first"
print(Key(d) in d, len(d), "added" in d)
