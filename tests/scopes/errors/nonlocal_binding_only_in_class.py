class C:
    attr = 1

    def method(self):
        nonlocal attr
