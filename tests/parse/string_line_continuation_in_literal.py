s = 'abc\
def'
t = """abc\
def"""
u = b'x\
y'
v = f'{a}\
{b}'
