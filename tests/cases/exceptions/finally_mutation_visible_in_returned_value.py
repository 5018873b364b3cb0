def with_list():
    x = [1]
    try:
        return x
    finally:
        x.append(2)

def with_int():
    x = 1
    try:
        return x
    finally:
        x = 2

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(with_list())
print(with_int())
print(nested())
