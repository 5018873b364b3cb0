s = "hello wORLD it's 3rd-class"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ß".upper(), "ǅ".lower())
print("HeLLo".casefold())
print("Hello World".istitle(), "HELLO".isupper(), "hello1".islower())
