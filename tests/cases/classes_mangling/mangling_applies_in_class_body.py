class Settings:
    __hidden = 1
    visible = __hidden + 1

print(Settings.visible)
print(Settings._Settings__hidden)
print(hasattr(Settings, "__hidden"))
