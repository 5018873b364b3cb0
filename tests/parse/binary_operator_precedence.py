a + b * c
(a + b) * c
a - b - c
a - (b - c)
a * b / c // d % e @ f
a << b + c
a & b | c ^ d
a | b & c
a ^ b | c & d
a + b << c & d ^ e | f
x = 1 + 2 * 3 ** 4
