# Assigning sys.stdout by hand redirects print too; None makes print a no-op, and
# sys.__stdout__ keeps the original to restore. redirect_stderr catches file=sys.stderr.
import io
import sys
from contextlib import redirect_stderr

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2, sep="-")
text = sys.stdout.getvalue()
sys.stdout = saved
print("got", repr(text))

sys.stdout = None
print("goes nowhere")
sys.stdout = sys.__stdout__
print("back", sys.stdout is saved)

err = io.StringIO()
with redirect_stderr(err):
    print("warning!", file=sys.stderr)
print(repr(err.getvalue()))
