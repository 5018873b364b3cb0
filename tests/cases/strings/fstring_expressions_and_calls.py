def greet(n):
    return "hi " + n

people = {"ann": 31, "bo": 4}
print(f"{greet('x').upper()}")
print(f"{people['ann'] + 1}")
print(f"{[i * i for i in range(4)]}")
print(f"{'yes' if people else 'no'}")
print(f"{len(people):>3}")
print(f"{3.0}", f"{1e20}", f"{True}", f"{None}")
