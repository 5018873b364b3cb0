
f'\N{BULLET} {x}'
f'{x} \N{EM DASH} {y}'
f'\N{LEFT CURLY BRACKET}{{}}'
f'''\N{SNOWMAN}
{x}'''
