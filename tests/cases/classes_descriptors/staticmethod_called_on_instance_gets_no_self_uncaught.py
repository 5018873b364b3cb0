class Tool:
    @staticmethod
    def describe():
        return "a tool"

    def use():
        return "using"

print(Tool().describe())
Tool().use()
