# removeprefix/removesuffix remove one exact affix, only when present.
print("test_case.py".removeprefix("test_"), "test_case.py".removesuffix(".py"))
print("aaab".removeprefix("a"), "abab".removesuffix("ab"), "x".removeprefix(""), "x".removesuffix("xy"))
try:
    "x".removeprefix(None)
except TypeError as e:
    print("TypeError:", e)
