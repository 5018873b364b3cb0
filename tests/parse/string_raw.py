
r'\n'
r'\''
r"\""
r'C:\path\to'
r'''raw \ triple'''
r'\N{BULLET}'
