def no_args():
    return super()

try:
    no_args()
except RuntimeError as e:
    print(e)

def not_in_class(self):
    return super()

try:
    not_in_class(1)
except RuntimeError as e:
    print(e)
