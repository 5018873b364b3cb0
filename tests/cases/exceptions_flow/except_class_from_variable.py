wanted = ZeroDivisionError
try:
    1 / 0
except wanted as e:
    print("caught via variable:", e)
