# String building: f-strings, join, concatenation, methods, slicing.
parts = []
for i in range(400000):
    s = f"item-{i:05d}"
    if i % 3 == 0:
        s = s.upper()
    parts.append(s[::-1] if i % 5 == 0 else s)
text = ",".join(parts)
acc = ""
for word in parts[:50000]:
    acc += word[:3]
print(len(text), text.count("METI"), len(acc), acc[-12:], text[:30])
