def greet(name):
    message = "Hello, " + nmae
    return message

print("start")
greet("Ann")
