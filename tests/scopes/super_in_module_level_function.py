def not_a_method(self):
    return super().method()


lam = lambda: super()
