class Nothing:
    pass

3 in Nothing()
