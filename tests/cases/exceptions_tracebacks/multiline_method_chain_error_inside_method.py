class Query:
    def where(self, cond):
        return self

    def limit(self, n):
        return 100 // n

rows = (Query()
        .where("x > 1")
        .limit(0))
