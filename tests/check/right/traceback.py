def divide(a, b):
    try:
        return a / b
    finally:
        print("divided", a, "by", b)

print(divide(1, 2))
print(divide(1, 0))

# Expected output:
# divided 1 by 2
# 0.5
# divided 1 by 0
# Traceback (most recent call last):
#   ...
# ZeroDivisionError: division by zero
