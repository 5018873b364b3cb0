def level1(a):
    def level2(b):
        class Level3:
            c = a + b

            def level4(self, d):
                return [lambda e: a + b + d + e for _ in range(1)]

        return Level3

    return level2
