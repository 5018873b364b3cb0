# The order of try / except / else / finally, and what `finally` can override.
def parse(text):
    try:
        value = int(text)
    except ValueError:
        print("  except: not a number")
        return None
    else:
        print("  else: parsed", value)
        return value
    finally:
        print("  finally: always runs")

for text in ["42", "forty-two"]:
    print("parse", repr(text))
    print("  ->", parse(text))

def overridden():
    try:
        return "from try"
    finally:
        return "from finally"

print(overridden())

class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "after", exc_type.__name__ if exc_type else "no error")
        return exc_type is KeyError

with Resource("a"), Resource("b"):
    print("working")

with Resource("c"):
    raise KeyError("suppressed by __exit__")
print("still running")
