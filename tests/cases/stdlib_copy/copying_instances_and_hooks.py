import copy

class Account:
    def __init__(self, owner, history):
        self.owner = owner
        self.history = history
    def __repr__(self):
        return f"Account({self.owner!r}, {self.history})"

a = Account("ann", [10])
b = copy.copy(a)
c = copy.deepcopy(a)
a.history.append(20)
print(a, b, c)

class Token:
    def __copy__(self):
        return "copied!"
    def __deepcopy__(self, memo):
        return "deep-copied!"
print(copy.copy(Token()), copy.deepcopy([Token()]))
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
