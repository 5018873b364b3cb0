# complex() parses "a+bj" forms and combines two (possibly complex) parts.
for text in ["1+2j", " (3-4j) ", "j", "-j", "2.5e1", "1e-1J", "inf+nanj"]:
    print(repr(text), complex(text))
print(complex(1, 2), complex(1j, 1j), complex(imag=2), complex(False, True))
for call in [lambda: complex("1 + 2j"), lambda: complex("1+2j", 1), lambda: complex(1, "2"), lambda: complex([1])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
