# An uncaught error from a built-in shows the call in the traceback.
scores = []
best = max(scores)
print(best)
