def fail():
    raise ValueError("line?")

try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno)
    print(tb.tb_next.tb_lineno)
    print(tb.tb_next.tb_next)
