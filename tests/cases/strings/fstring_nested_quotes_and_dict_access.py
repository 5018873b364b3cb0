user = {"name": "ann", "langs": ["py", "rs"]}
print(f"{user['name'].title()} knows {len(user['langs'])} languages")
print(f'{user["langs"][-1]!r}')
print(f"{'|'.join(user['langs'])}")
print(f"{{{user['name']}}}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|")
