# An uncaught exception ends the program: the traceback is printed, then the generator
# still suspended in the global `pending` is closed and its finally block prints.
def steps():
    try:
        yield "step 1"
        yield "step 2"
    finally:
        print("steps: finally")


pending = steps()
print(next(pending))
print({"a": 1}["b"])
