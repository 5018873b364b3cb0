class Suppress:
    def __init__(self, result):
        self.result = result
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit returns", repr(self.result))
        return self.result

for result in (1, "yes", [0], None, 0, "", []):
    try:
        with Suppress(result):
            raise RuntimeError("boom")
        print("suppressed")
    except RuntimeError:
        print("propagated")
