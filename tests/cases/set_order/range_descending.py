# Built one add at a time from a descending range; the table grows from 8 to 32 slots.
print(set(range(20, 0, -3)))
print(set(range(100, 0, -7)))
