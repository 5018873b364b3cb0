# Case conversions use full Unicode mappings (one character may become several).
print("straße".upper(), "straße".casefold(), "ﬁne".upper(), "ǆ".title(), "İ".lower() == "i\u0307")
print("hello wORLD".capitalize(), "hello wORLD".swapcase(), "ǅemal".swapcase())
print("they're bill's friends".title(), "1st 2nd 3RD".title())
