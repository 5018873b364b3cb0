def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 80:
        return "unreachable"
    else:
        return "C"

print([grade(s) for s in (95, 90, 85, 80, 10)])
x = 0
if x:
    print("truthy")
elif x == 0:
    print("zero")
