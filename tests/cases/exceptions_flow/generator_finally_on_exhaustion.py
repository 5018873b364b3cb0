def gen():
    try:
        yield "a"
    finally:
        print("finally in generator")

for v in gen():
    print(v)
print("loop done")
