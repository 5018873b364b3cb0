x = 'a' 'b'
y = ('first '
     "second "
     '''third''')
z = r'\d' 'e'
w = u'a' 'b'
