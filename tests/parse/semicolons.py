a = 1; b = 2
c = 3;
pass; pass; pass
if a: x = 1; y = 2
def f(): return 1; pass
import os; import sys
