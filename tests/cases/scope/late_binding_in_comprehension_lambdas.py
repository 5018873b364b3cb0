multipliers = [lambda x: x * i for i in range(4)]
print([m(2) for m in multipliers])
fixed = [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in fixed])
gens = [(lambda: n) for n in "abc"]
print("".join(g() for g in gens))
try:
    print(i)
except NameError as e:
    print("NameError:", e)
adders = {k: (lambda v: v + k) for k in (10, 20)}
print(adders[10](1), adders[20](1))
