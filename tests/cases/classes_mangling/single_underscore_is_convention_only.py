class Service:
    def __init__(self):
        self._cache = {}
        self._cache["k"] = "v"

    def _helper(self):
        return "helper"

s = Service()
print(s._cache, s._helper())
s._cache = None
print(s._cache)
