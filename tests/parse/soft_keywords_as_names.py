match = 1
case = 2
_ = 3
match.attr = 4
match[0] = 5
match(x)
print(match, case, _)
match = case = _
def match(case, _=None):
    return case
class case:
    match = None
case.match
x = [match for match in range(3)]
match, case = 1, 2
match: int = 1
match += 1
