class Timer:
    def __enter__(self):
        self.start = now()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = now() - self.start
        return False

with Timer() as t:
    work()
print(t.elapsed)

with open('in.txt') as src, open('out.txt', 'w') as dst:
    dst.write(src.read())
