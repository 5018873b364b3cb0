try:
    {"x": 1}["y"]
except KeyError as e:
    print("message:", e)
    print("args:", e.args)
