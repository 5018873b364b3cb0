
b''
b'abc'
b'\x00\xff\n'
b'\101\7'
b'it\'s "x"'
b'\x7f\x80'
b"double"
b'''triple
bytes'''
rb'\d+'
b'a' b'b'
