s = """first line
second line
    indented line
"""
t = '''
'''
u = """quote " inside "" and ends"""
