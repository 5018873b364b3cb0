class Config:
    factor = 3
    values = [1, 2, 3]
    first = [v for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        print("NameError:", e)

print(Config.first)
print(hasattr(Config, "scaled"))
