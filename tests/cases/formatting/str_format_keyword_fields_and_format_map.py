# Named fields come from keywords, or from any mapping with format_map.
print("{name} is {age}".format(name="Ada", age=36))
print("{x}-{y}".format_map({"x": 1, "y": 2}))
class Defaulting(dict):
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world}".format_map(Defaulting()))
for call in (lambda: "{missing}".format(present=1), lambda: "{}".format_map({}), lambda: "{x}".format_map(5)):
    try:
        print(call())
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
