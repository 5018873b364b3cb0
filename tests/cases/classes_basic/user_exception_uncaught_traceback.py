class OutOfStock(Exception):
    pass

def buy(stock, item):
    if stock.get(item, 0) == 0:
        raise OutOfStock(item)
    stock[item] -= 1

stock = {"tea": 1}
buy(stock, "tea")
print(stock)
buy(stock, "tea")
