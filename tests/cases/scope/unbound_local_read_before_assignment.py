count = 0

def increment():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

increment()
print(count)
