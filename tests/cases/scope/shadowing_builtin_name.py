print(len([1, 2, 3]))

def count_things():
    len = lambda seq: "shadowed"
    return len([1, 2, 3])

print(count_things())
print(len("abc"))
list = [1, 2]
try:
    list("xyz")
except TypeError as e:
    print("TypeError:", e)
del list
print(list("xy"))
