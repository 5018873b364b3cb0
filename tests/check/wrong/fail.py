def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to("a"))
print(append_to("b"))

# Output:
# ['a']
# ['b']
