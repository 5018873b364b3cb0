errors = []
for v in ["1", "a", "2", "b"]:
    try:
        int(v)
    except ValueError as err:
        errors.append(err)
print(len(errors))
print([str(e) for e in errors])
print(type(errors[0]).__name__)
