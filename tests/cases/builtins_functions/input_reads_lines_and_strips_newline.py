# input() writes the prompt, returns the line without "\n", raises EOFError at the end.
first = input("first? ")
second = input()
print(repr(first), repr(second))
try:
    input("again? ")
except EOFError as e:
    print("EOFError:", e)
