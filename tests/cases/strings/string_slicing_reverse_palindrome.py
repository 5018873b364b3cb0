def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]

for s in ["racecar", "A man, a plan, a canal: Panama", "hello", ""]:
    print(repr(s), is_palindrome(s))
print("hello"[::-1], "hello"[-1::-2])
