'\U0000d800'
'\ud83d\ude00'
'\ud83d' '\ude00'
'\ud800\'' + '\ud800"' + '\ud800"\''
'\N{EM DASH}é\udc80\x00\t\\'
u'\udc80' 'a'
'a' '\udc80' U'b'
b'\xed\xa0\x80'
b'\ud800'
r'\ud800'
R'\udfff' '\udfff'
'''\udc80
\udc81'''
x = {'\udc80': 1}
def f():
    '\ud800 docstring'
    return '\udbff'
