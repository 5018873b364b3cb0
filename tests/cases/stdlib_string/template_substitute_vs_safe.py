from string import Template

t = Template("Dear $name, you owe $$${amount}.")
print(t.substitute(name="Ann", amount=42))
print(t.safe_substitute(name="Bob"))
print(t.get_identifiers())
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("cost: $5").substitute()
except ValueError as e:
    print("ValueError:", e)
