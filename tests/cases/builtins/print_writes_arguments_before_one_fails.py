# print converts and writes its arguments one at a time: when one's __str__ raises, the
# ones before it (and their separators) are already printed, with no end.
class Bad:
    def __str__(self):
        raise ValueError("no str")

class Log:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
    def flush(self):
        self.calls.append("<flush>")

try:
    print("before", 1, Bad(), "after")
except ValueError as e:
    print("|caught", e)
log = Log()
print("a", 2, sep="-", end="!", file=log, flush=True)
try:
    print("x", Bad(), file=log)
except ValueError:
    pass
print(log.calls)
print("x", Bad())
