s = ("one "
     "two "
     "three")
print(s)
text = """first
  second
third"""
print(text)
print(text.count("\n"))
print("a" "b" 'c')
items = ["x" "y", "z"]
print(items, len(items))
