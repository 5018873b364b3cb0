e = SystemExit(0)
e.code = 4
print("raising SystemExit with code", e.code)
raise e
