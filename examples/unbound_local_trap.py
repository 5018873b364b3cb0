# Assigning to a name anywhere in a function makes it local everywhere in that function.
count = 0


def increment():
    print("before:", count)
    count = count + 1


try:
    increment()
except UnboundLocalError as err:
    print(err)
