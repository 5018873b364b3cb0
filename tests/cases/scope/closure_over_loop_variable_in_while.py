callbacks = []
k = 0
while k < 3:
    def cb(k=k):
        return k * k
    callbacks.append(cb)
    k += 1
print([c() for c in callbacks])
