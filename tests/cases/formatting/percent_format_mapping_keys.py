# %(name)s takes values from a mapping; the mapping may be used several times.
print("%(lang)s has %(n)d users and %(lang)r is its name" % {"lang": "Python", "n": 10})
print("%(a)s %%" % {"a": 1}, "100%% sure" % (), "%s" % {"k": "v"})
for fmt, arg in (("%(x)s", {}), ("%(x)s", 5), ("%(x", {"x": 1}), ("%(a)s %s", {"a": 1})):
    try:
        print(fmt % arg)
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
