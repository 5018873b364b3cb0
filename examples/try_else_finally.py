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
