# Every 61st code point: character classes and case mappings, digested.
counts = [0] * 11
sums = [0] * 11
maps = [0] * 6
i = 0
while i < 0x110000:
    if 0xD800 <= i < 0xE000:
        i = 0xE000
    c = '%c' % i
    r = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.islower(), c.isupper(), c.istitle(), c.isidentifier(), c.isprintable(), c.isalnum()]
    k = 0
    for x in r:
        if x:
            counts[k] += 1
            sums[k] = (sums[k] * 31 + i) % 1000000007
        k += 1
    k = 0
    for m in [c.lower(), c.upper(), c.title(), c.casefold(), c.swapcase(), ('A' + c + 'Σ').lower()]:
        if m != c:
            for b in m.encode():
                maps[k] = (maps[k] * 131 + b + i) % 1000000007
        k += 1
    i += 61
print(counts)
print(sums)
print(maps)
