class Outer:
    class Inner:
        def method(self):
            def helper():
                class Local:
                    pass
                return Local
            return helper
    def other(self):
        return self.Inner()
