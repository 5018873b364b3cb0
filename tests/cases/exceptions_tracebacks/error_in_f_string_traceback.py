def describe(item):
    return f"{item['name']} costs {item['price']:.2f}"

describe({"name": "pen"})
