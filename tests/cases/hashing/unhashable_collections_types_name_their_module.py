# deque, OrderedDict and defaultdict are C types in CPython: "unhashable type" names them
# with their module, unlike Counter (written in Python).
from collections import Counter, OrderedDict, defaultdict, deque
for x in [deque(), OrderedDict(), defaultdict(list), Counter()]:
    try:
        hash(x)
    except TypeError as e:
        print(e)
try:
    {deque([1]): 1}
except TypeError as e:
    print(e)
