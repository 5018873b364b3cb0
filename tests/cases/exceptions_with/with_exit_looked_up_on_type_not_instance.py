class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("class __exit__")

cm = CM()
cm.__exit__ = lambda *exc: print("instance __exit__")
with cm:
    pass
