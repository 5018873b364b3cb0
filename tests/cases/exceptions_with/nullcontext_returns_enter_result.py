from contextlib import nullcontext

with nullcontext("value") as v:
    print(v)
with nullcontext() as v:
    print(v)
