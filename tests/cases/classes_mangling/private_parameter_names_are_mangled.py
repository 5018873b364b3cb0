class Api:
    def call(self, __token, *, __mode="r"):
        return __token, __mode

a = Api()
print(a.call("t"))
try:
    a.call(__token="x")
except TypeError as e:
    print("TypeError:", e)
print(a.call(_Api__token="y", _Api__mode="w"))
try:
    a.call()
except TypeError as e:
    print("TypeError:", e)
