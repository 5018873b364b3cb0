print(KeyError.__bases__)
print(Exception.__bases__)
print(BaseException.__bases__)
print(TimeoutError.__bases__)
