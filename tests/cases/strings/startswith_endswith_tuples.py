name = "report_2024.csv"
print(name.startswith("report"))
print(name.endswith((".csv", ".tsv")))
print(name.startswith(("x", "y")))
print(name.startswith("2024", 7))
print("".startswith(""))
print("abc".endswith(""))
