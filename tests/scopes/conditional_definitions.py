import sys

if sys.version_info >= (3, 11):
    def helper():
        return "new"
else:
    def helper():
        return "old"

for i in range(2):
    def made_in_loop():
        return i
