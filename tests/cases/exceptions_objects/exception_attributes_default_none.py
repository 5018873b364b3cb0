e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__traceback__, e.__suppress_context__)
