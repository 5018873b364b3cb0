class A:
    label = "from A"

class B(A):
    label = "from B"

    def labels(self):
        return self.label, super().label

print(B().labels())
