f"{'inner'}"
f'{"inner"}'
f"""{'a' + "b"}"""
f'''{"x"!r} and {'y'}'''
f"{d['key']}"
f'{d["key"]}'
