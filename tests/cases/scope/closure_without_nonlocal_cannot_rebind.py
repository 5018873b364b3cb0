def make_counter():
    count = 0
    def increment():
        count = count + 1
        return count
    return increment

inc = make_counter()
try:
    inc()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
