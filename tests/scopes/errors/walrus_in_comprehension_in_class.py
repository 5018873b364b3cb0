class C:
    values = [last := n for n in range(3)]
