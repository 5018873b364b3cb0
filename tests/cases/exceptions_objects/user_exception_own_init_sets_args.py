class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

e = HttpError(404, "Not Found")
print(e.args)
print(str(e))
print(repr(e))
print(e.status, e.reason)
