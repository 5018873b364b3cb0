class ConfigError(Exception):
    pass

def read(settings, key):
    return settings[key]

def load(settings):
    try:
        return int(read(settings, "port"))
    except KeyError:
        raise ConfigError("port is required")

print(load({"port": "8080"}))
load({})
