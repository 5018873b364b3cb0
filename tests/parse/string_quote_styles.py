'single'
"double"
'''triple single'''
"""triple double"""
''
""
'it"s'
"it's"
'''a 'quoted' word'''
"""a "quoted" word"""
