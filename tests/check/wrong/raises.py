total = 0

def add(n):
    total += n
    return total

print("adding")
print(add(5))

# Output:
# adding
# 5
