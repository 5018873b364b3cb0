s = 'héllo wörld'
t = "日本語" + 'x'
u = f'{s}→{t}'
v = ('😀', 1)
w = '\N{SNOWMAN} ☃'
