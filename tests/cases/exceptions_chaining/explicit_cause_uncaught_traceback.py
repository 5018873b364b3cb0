class ConfigError(Exception):
    pass

def read(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("port missing") from e

read({})
