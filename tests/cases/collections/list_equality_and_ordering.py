print([1, 2, 3] == [1, 2, 3])
print([1, 2] < [1, 2, 3])
print([2] > [1, 100])
print([] < [0])
print([1, [2]] == [1, [2]])
print((1, 2) == [1, 2])
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
