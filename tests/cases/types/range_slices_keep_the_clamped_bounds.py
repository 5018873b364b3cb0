# Slicing a range maps the clamped slice bounds through it: range(10)[1:-1:3] is
# range(1, 9, 3), whose repr shows that stop.
r = range(10)
print(r[1:-1:3], r[::2], r[::-1], r[5:2:-1], r[100:], r[-100:], r[:-100], r[::-3], r[8:1:-2], r[2:2])
r2 = range(3, 30, 4)
print(r2[1:5], r2[::-2], r2[-2:], r2[1:100:3], r2[:0], r2[10:20], r2[-100:-50:-1])
r3 = range(20, 0, -3)
print(r3[1:4], r3[::-1], r3[2::2], list(r3[::-1]) == list(r3)[::-1], r3[1:-1])
print(range(0)[::-1], range(5, 5)[1:], range(1, 2)[::-1])
