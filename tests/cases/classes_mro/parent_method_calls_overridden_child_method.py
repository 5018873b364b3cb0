class Report:
    def render(self):
        return self.header() + "|" + self.body()

    def header(self):
        return "REPORT"

    def body(self):
        return "empty"

class Sales(Report):
    def body(self):
        return "sales=42"

print(Report().render())
print(Sales().render())
