class Calculator:
    def add(a, b):
        return a + b

calc = Calculator()
print(Calculator.add(2, 3))
print(calc.add(2, 3))
