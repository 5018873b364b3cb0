class Neg:
    def __len__(self):
        return -1

class Flt:
    def __len__(self):
        return 2.0

for obj in (Neg(), Flt()):
    try:
        len(obj)
    except Exception as e:
        print(type(e).__name__, e)
try:
    bool(Neg())
except ValueError as e:
    print("ValueError:", e)
