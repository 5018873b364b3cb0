# Special methods defined on a metaclass act on its classes: repr and str, len, iteration,
# `in`, subscripting (before __class_getitem__), truth, and its properties.
class PluginMeta(type):
    registry = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.registry[name.lower()] = cls
        return cls

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"

    def __iter__(cls):
        return iter(sorted(PluginMeta.registry))

    def __len__(cls):
        return len(PluginMeta.registry)

    def __getitem__(cls, key):
        return PluginMeta.registry[key]

    def __contains__(cls, key):
        return key in PluginMeta.registry

    @property
    def slug(cls):
        return cls.__name__.lower()


class Plugin(metaclass=PluginMeta):
    def __class_getitem__(cls, item):
        return "never used"


print(bool(Plugin), len(Plugin))


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


print(PluginMeta.registry)
print(Plugin, [Csv], str(Json), f"{Json}", repr(Plugin))
print(list(Plugin), len(Plugin), bool(Plugin), Plugin["csv"], "json" in Plugin, "xml" in Plugin)
print(Csv.slug, Json.slug)
try:
    Csv().slug
except AttributeError as e:
    print(e)
