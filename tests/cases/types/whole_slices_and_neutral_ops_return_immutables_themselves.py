# Copying an immutable sequence is pointless, so CPython hands back the object itself:
# a whole slice, adding an empty one, repeating once and str(s). Lists are always copied.
t = (1, 2, 3)
s = "spam eggs"
b = b"bytes"
print(t[:] is t, t[0:3] is t, t[::1] is t, t[::-1] is t, t[1:] is t)
print(t + () is t, () + t is t, t * 1 is t, tuple(t) is t)
print(s[:] is s, s[0:100] is s, s[::2] is s)
print(s + "" is s, "" + s is s, s * 1 is s, str(s) is s)
print(b[:] is b, b + b"" is b, b * 1 is b)
u = "naïve café"
print(u[:] is u, u[1:] is u)
lst = [1, 2, 3]
print(lst[:] is lst, lst + [] is lst, lst * 1 is lst, list(lst) is lst)
fs = frozenset({1, 2})
print(frozenset(fs) is fs, fs.copy() is fs)
