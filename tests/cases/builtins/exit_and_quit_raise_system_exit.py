for f in (exit, quit):
    try:
        f(3)
    except SystemExit as e:
        print(type(e).__name__, e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("no code:", e.code, e.args)
print(True, False, __debug__, __builtins__.__name__)
import builtins
print(builtins.len("abc"), getattr(builtins, "True"))
print("before exit")
quit("goodbye")
print("never")
