name = 'world'
f'hello {name}'
f"{name}"
f'{1 + 2}'
f'{a}{b}{c}'
f''
f'no fields'
F'{x}'
