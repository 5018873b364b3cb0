def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
shared = []
print(append_to(3, shared), append_to(4, shared))
