def build(default):
    class Config:
        value = default
        other = default * 2

    return Config.value


print(build(3))
