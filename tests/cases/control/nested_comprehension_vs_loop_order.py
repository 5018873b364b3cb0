loop = []
for x in range(3):
    for y in "ab":
        loop.append(f"{x}{y}")
comp = [f"{x}{y}" for x in range(3) for y in "ab"]
print(loop == comp, comp)
print([[f"{x}{y}" for y in "ab"] for x in range(2)])
