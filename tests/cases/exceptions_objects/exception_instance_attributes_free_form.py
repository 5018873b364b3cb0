e = RuntimeError("r")
e.retry_after = 30
print(e.retry_after)
print(vars(e))
