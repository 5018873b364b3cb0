f'{a}' 'b'
'a' f'{b}'
f'{a}' f'{b}'
('x'
 f'{y}'
 'z')
f'{a}' rf'\{b}'
