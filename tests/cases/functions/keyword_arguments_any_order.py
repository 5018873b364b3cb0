def describe(name, age, city="Nowhere"):
    return f"{name} ({age}) from {city}"

print(describe("Ann", 30))
print(describe(age=30, name="Ann"))
print(describe("Ann", city="Oslo", age=30))
print(describe("Ann", 30, "Rome"))
