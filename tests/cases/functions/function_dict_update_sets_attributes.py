def attach(**attrs):
    def deco(fn):
        fn.__dict__.update(attrs)
        return fn
    return deco

@attach(version=2, author="me")
def api():
    pass

print(sorted(api.__dict__))
print(api.version, api.author)
api.__dict__["extra"] = True
print(api.extra, vars(api) is api.__dict__)
