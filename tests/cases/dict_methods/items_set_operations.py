d = {1: 10, 2: 20, 3: 30}
e = {2: 20, 3: 31, 4: 40}
print(d.items() & e.items(), d.items() - e.items(), d.items() ^ e.items())
print((1, 10) in d.items(), (1, 11) in d.items(), [1, 10] in d.items())
print(d.items() == {(1, 10), (2, 20), (3, 30)})
