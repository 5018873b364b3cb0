# A set comprehension adds in iteration order.
print({x * 7 for x in range(30)})
print({x % 5 - 2 for x in range(20)})
