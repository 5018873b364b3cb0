tests = ["123", "12.3", "-1", "abc", "abc123", "", " ", "Ab Cd", "½", "²"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace())
print("snake_case".isidentifier(), "2x".isidentifier())
