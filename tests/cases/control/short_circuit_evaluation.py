def t(label, value):
    print("eval", label)
    return value

print(t("a", 0) and t("b", 1))
print(t("c", 1) or t("d", 1))
print(t("e", 1) and t("f", 2) and t("g", 0) and t("h", 3))
print(all(t(i, i < 2) for i in range(5)))
print(any(t(i, i == 1) for i in range(5)))
