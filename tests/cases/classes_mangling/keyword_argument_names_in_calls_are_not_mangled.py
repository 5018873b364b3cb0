class Call:
    def go(self, **kw):
        return sorted(kw)

    def run(self):
        return self.go(__flag=1, plain=2)

print(Call().run())
