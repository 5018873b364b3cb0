msg = f"""
Name: {name}
Value: {
    value
}
Done
"""
other = f'''{a}
{b}'''
