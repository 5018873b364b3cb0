# ChainMap searches its maps in order; writes, deletes and pops touch only maps[0].
from collections import ChainMap, OrderedDict, defaultdict
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg))
print(list(cfg), list(cfg.keys()), list(cfg.values()), list(cfg.items()))
print(cfg.keys(), type(cfg.items()).__name__, type(cfg.values()))
print(cfg.get("missing"), cfg.get("user", "x"), "color" in cfg, "nope" in cfg)
cfg["color"] = "blue"
print(cli, defaults["color"])
try:
    del cfg["user"]
except KeyError as e:
    print("KeyError", e)
try:
    cfg["nope"]
except KeyError as e:
    print("KeyError", e)
print(cfg.pop("color"), cfg.pop("nope", None))
try:
    cfg.pop("nope")
except KeyError as e:
    print("KeyError", e)
child = cfg.new_child()
child["x"] = 1
print(child, child.parents, child.maps[0])
print(cfg.new_child({"a": 1}, b=2))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {"a": 1})))
print(ChainMap.fromkeys("ab", 0))
