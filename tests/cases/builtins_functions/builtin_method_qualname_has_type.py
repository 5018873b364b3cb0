# A built-in method's __qualname__ is 'type.name'; a built-in function's is its name.
import math, functools, itertools, collections, json, operator
print([].append.__qualname__, str.upper.__qualname__, "x".upper.__qualname__, dict.fromkeys.__qualname__, {}.get.__qualname__)
print(len.__qualname__, math.sqrt.__qualname__, functools.reduce.__qualname__, json.dumps.__qualname__, operator.add.__qualname__)
print(int.from_bytes.__qualname__, (1).bit_length.__qualname__, set.add.__qualname__, object.__init__.__qualname__, int.__add__.__qualname__)
print(collections.Counter.most_common.__qualname__, sorted.__qualname__, print.__qualname__)
print(type.mro.__qualname__, object.__new__.__qualname__, str.__new__.__qualname__ if False else "")
