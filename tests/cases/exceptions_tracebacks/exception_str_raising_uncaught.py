class Bad(Exception):
    def __str__(self):
        raise RuntimeError("str failed")

raise Bad("x")
