scores = {"bob": 72, "amy": 91, "cal": 85}
for name, score in sorted(scores.items()):
    print(f"{name:>5}: {score}")
for name in sorted(scores, key=scores.get, reverse=True):
    print(name, end=" ")
print()
